package nianbao.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nianbao.parse.extract.ExtractedText;
import nianbao.report.Cell;
import nianbao.report.CellSemantic;
import nianbao.report.ContainerType;
import nianbao.report.Diagnostic;
import nianbao.report.FormatVersion;
import nianbao.report.Layout;
import nianbao.report.ParsedReport;
import nianbao.report.Section;
import nianbao.report.tables.CellRef;
import nianbao.report.tables.T2Cell;
import nianbao.report.tables.T3Column;
import nianbao.report.tables.T3Row;
import nianbao.report.tables.T4Column;
import nianbao.report.testing.SampleReports;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each sample against its hand-written expectation in src/test/resources/golden (notation in golden/README.md). */
class ReportParserGoldenTest {

    /** An expected cell: semantic, value for NUMBER, and whether its column was inferred (confidence below 1). */
    private record Expected(CellSemantic semantic, BigDecimal value, boolean inferred) {
    }

    private record Golden(FormatVersion version, Layout layout, List<String> sections, List<String> diagnostics,
                          List<String> variants, Map<CellRef, Expected> cells) {
    }

    @ParameterizedTest
    @ValueSource(strings = {"longting-gov-office-2022", "kunwu-office-2020", "chaoyang-business-env-bureau-2023",
            "jinping-street-2022", "qidong-hitech-jinhai-2022"})
    void sampleMatchesItsGoldenFile(String sample) throws IOException {
        Golden golden = readGolden(sample);
        ParsedReport report = new ReportParser().parse(new ExtractedText(ContainerType.TEXT, SampleReports.text(sample + ".txt"), null));

        assertEquals(golden.version(), report.version(), "version");
        assertEquals(golden.layout(), report.layout(), "layout");
        assertEquals(golden.sections(), report.sections().stream().filter(Section::found).map(s -> s.id().name()).toList(), "sections");
        assertEquals(golden.diagnostics(), report.diagnostics().stream().map(Diagnostic::code).sorted().toList(), "diagnostics");
        assertEquals(golden.variants(), report.labelVariants().stream()
                .filter(v -> v.where().startsWith("T2") || v.where().startsWith("T3[") || v.where().startsWith("T4["))
                .map(v -> v.where() + " | " + v.asWritten()).toList(), "table label variants");

        List<String> problems = new ArrayList<>();
        Map<CellRef, Cell> actual = report.cellIndex();
        if (!actual.keySet().equals(golden.cells().keySet())) {
            problems.add("cell ids differ: expected " + golden.cells().keySet() + " got " + actual.keySet());
        }
        List<String> lines = Arrays.asList(report.text().split("\n", -1));
        golden.cells().forEach((ref, want) -> {
            Cell got = report.cell(ref);
            if (got.semantic() != want.semantic()
                    || (want.value() != null && (got.value() == null || got.value().compareTo(want.value()) != 0))
                    || (want.semantic() == CellSemantic.NUMBER && (got.confidence() < 1.0) != want.inferred())) {
                problems.add(ref.id() + ": expected " + want + " got " + got.semantic() + " " + got.value() + " @" + got.confidence());
            }
            if (got.semantic() == CellSemantic.NUMBER && !Objects.equals(textAt(lines, got), got.raw())) {
                problems.add(ref.id() + ": raw '" + got.raw() + "' is not at " + got.span());
            }
        });
        if (!problems.isEmpty()) fail(sample + ":\n" + String.join("\n", problems));
    }

    static String textAt(List<String> lines, Cell cell) {
        var span = cell.span();
        if (!span.isKnown() || span.line() != span.endLine() || span.line() > lines.size()) return null;
        String line = lines.get(span.line() - 1);
        if (span.endColumn() - 1 > line.length()) return null;
        return line.substring(span.column() - 1, span.endColumn() - 1);
    }

    private static Golden readGolden(String sample) throws IOException {
        String text;
        try (InputStream in = ReportParserGoldenTest.class.getResourceAsStream("/golden/" + sample + ".golden")) {
            text = new String(Objects.requireNonNull(in, sample).readAllBytes(), StandardCharsets.UTF_8);
        }
        FormatVersion version = null;
        Layout layout = null;
        List<String> sections = List.of();
        List<String> diagnostics = List.of();
        List<String> variants = new ArrayList<>();
        Map<CellRef, Expected> cells = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) continue;
            List<String> words = words(line);
            switch (words.get(0)) {
                case "version" -> version = FormatVersion.valueOf(words.get(1));
                case "layout" -> layout = Layout.valueOf(words.get(1));
                case "sections" -> sections = words.subList(1, words.size());
                case "diagnostics" -> diagnostics = words.subList(1, words.size()).stream().sorted().toList();
                case "variant" -> variants.add(line.substring("variant ".length()));
                case "T2" -> {
                    List<T2Cell> row = T2Cell.cellsOf(version).stream().filter(c -> c.row().equals(words.get(1))).toList();
                    List<String> values = words.subList(2, words.size());
                    assertEquals(row.size(), values.size(), "golden line " + line);
                    for (int i = 0; i < row.size(); i++) cells.put(row.get(i).ref(), expected(values.get(i)));
                }
                case "T3" -> {
                    T3Row row = T3Row.byId(words.get(1));
                    List<String> values = words.subList(2, words.size());
                    assertEquals(7, values.size(), "golden line " + line);
                    for (int i = 0; i < 7; i++) cells.put(CellRef.t3(row, T3Column.values()[i]), expected(values.get(i)));
                }
                case "T4" -> {
                    List<String> values = words.subList(1, words.size());
                    assertEquals(15, values.size(), "golden line " + line);
                    for (int i = 0; i < 15; i++) cells.put(CellRef.t4(T4Column.values()[i]), expected(values.get(i)));
                }
                default -> fail("unknown golden line: " + line);
            }
        }
        assertTrue(version != null && layout != null, "golden file names version and layout");
        return new Golden(version, layout, sections, diagnostics, variants, cells);
    }

    private static List<String> words(String line) {
        return Arrays.stream(line.trim().split("\\s+")).toList();
    }

    private static Expected expected(String word) {
        return switch (word) {
            case "?" -> new Expected(CellSemantic.MISSING, null, false);
            case "_" -> new Expected(CellSemantic.BLANK, null, false);
            default -> word.endsWith("~")
                    ? new Expected(CellSemantic.NUMBER, new BigDecimal(word.substring(0, word.length() - 1)), true)
                    : new Expected(CellSemantic.NUMBER, new BigDecimal(word), false);
        };
    }
}
