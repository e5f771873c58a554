package nianbao.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import nianbao.parse.extract.ExtractedText;
import nianbao.parse.text.Numbers;
import nianbao.report.Cell;
import nianbao.report.ContainerType;
import nianbao.report.ParsedReport;
import nianbao.report.testing.SampleReports;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Garbled variants of the samples built here — lines shuffled, text cut at every line and in the middle of lines —
 * never yield a number the document does not hold at the cell's span, and a cell that survives truncation keeps
 * the id and value it had in the whole document.
 */
class ParsingRobustnessTest {

    private static final ReportParser PARSER = new ReportParser();

    @ParameterizedTest
    @ValueSource(strings = {"longting-gov-office-2022.txt", "kunwu-office-2020.txt", "chaoyang-business-env-bureau-2023.txt",
            "jinping-street-2022.txt", "qidong-hitech-jinhai-2022.txt"})
    void shuffledLinesYieldOnlyNumbersWrittenAtTheirSpans(String sample) {
        List<String> lines = lines(SampleReports.text(sample));
        List<String> problems = new ArrayList<>();
        for (long seed = 1; seed <= 20; seed++) {
            List<String> shuffled = new ArrayList<>(lines);
            Collections.shuffle(shuffled, new Random(seed));
            problems.addAll(unsupportedNumbers("seed " + seed, parse(String.join("\n", shuffled))));
        }
        if (!problems.isEmpty()) fail(sample + ":\n" + String.join("\n", problems));
    }

    @ParameterizedTest
    @ValueSource(strings = {"longting-gov-office-2022.txt", "kunwu-office-2020.txt", "chaoyang-business-env-bureau-2023.txt",
            "jinping-street-2022.txt", "qidong-hitech-jinhai-2022.txt"})
    void truncatedTextKeepsTheCellsItStillHolds(String sample) {
        String text = SampleReports.text(sample);
        List<String> lines = lines(text);
        ParsedReport whole = parse(text);
        List<String> problems = new ArrayList<>();
        for (int keep = 1; keep < lines.size(); keep++) {
            ParsedReport cut = parse(String.join("\n", lines.subList(0, keep)));
            String label = "first " + keep + " lines";
            problems.addAll(unsupportedNumbers(label, cut));
            for (Cell c : cut.cells()) {
                if (!c.isNumber()) continue;
                Cell original = whole.cell(c.ref());
                if (!c.span().equals(original.span()) || !original.isNumber() || original.value().compareTo(c.value()) != 0) {
                    problems.add(label + ": " + c.ref().id() + " = " + c.value() + " at " + c.span()
                            + ", whole document: " + original.value() + " at " + original.span());
                }
            }
        }
        if (!problems.isEmpty()) fail(sample + ":\n" + String.join("\n", problems));
    }

    @ParameterizedTest
    @ValueSource(strings = {"longting-gov-office-2022.txt", "kunwu-office-2020.txt", "chaoyang-business-env-bureau-2023.txt",
            "jinping-street-2022.txt", "qidong-hitech-jinhai-2022.txt"})
    void textCutInsideLinesYieldsOnlyNumbersWrittenAtTheirSpans(String sample) {
        String text = SampleReports.text(sample);
        List<String> problems = new ArrayList<>();
        for (int end = 7; end < text.length(); end += 97) {
            problems.addAll(unsupportedNumbers("first " + end + " chars", parse(text.substring(0, end))));
        }
        if (!problems.isEmpty()) fail(sample + ":\n" + String.join("\n", problems));
    }

    @org.junit.jupiter.api.Test
    void parsingIsDeterministic() {
        String text = SampleReports.text("kunwu-office-2020.txt");
        assertEquals(parse(text), parse(text));
    }

    private static ParsedReport parse(String text) {
        return PARSER.parse(new ExtractedText(ContainerType.TEXT, text, null));
    }

    /** NUMBER cells whose raw text is not what the text holds at their span, or whose value is not that raw text's. */
    private static List<String> unsupportedNumbers(String variant, ParsedReport report) {
        List<String> lines = lines(report.text());
        List<String> problems = new ArrayList<>();
        for (Cell c : report.cells()) {
            if (!c.isNumber()) continue;
            String atSpan = ReportParserGoldenTest.textAt(lines, c);
            Numbers.Reading reading = atSpan == null ? null : Numbers.read(atSpan.replace(" ", ""));
            BigDecimal written = reading == null ? null : reading.yuan() ? reading.value().movePointLeft(4) : reading.value();
            if (!c.raw().equals(atSpan) || written == null || written.compareTo(c.value()) != 0) {
                problems.add(variant + ": " + c.ref().id() + " = " + c.value() + " raw '" + c.raw() + "' but the text at "
                        + c.span() + " is '" + atSpan + "'");
            }
        }
        return problems;
    }

    private static List<String> lines(String text) {
        return Arrays.asList(text.split("\n", -1));
    }
}
