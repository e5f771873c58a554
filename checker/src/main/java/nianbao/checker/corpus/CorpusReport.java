package nianbao.checker.corpus;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import nianbao.report.tables.CellRef;

/**
 * One report of the development corpus (test-corpus/README.md): its text and what a person read from it by hand —
 * the cells the text shows unambiguously ("blank" for a visibly empty cell) and the violations verified by hand.
 */
public record CorpusReport(String id, Path report, int year, boolean complete, Map<CellRef, String> cells,
                           Set<String> violations) {

    public static final String BLANK = "blank";

    public CorpusReport {
        cells = Map.copyOf(cells);
        violations = Set.copyOf(violations);
    }

    /** Every folder of {@code corpus} that holds a report.txt and an expected.properties, in name order. */
    public static List<CorpusReport> readAll(Path corpus) {
        try (Stream<Path> folders = Files.list(corpus)) {
            return folders.filter(f -> Files.isRegularFile(f.resolve("expected.properties")) && Files.isRegularFile(f.resolve("report.txt")))
                    .sorted().map(CorpusReport::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + corpus, e);
        }
    }

    static CorpusReport read(Path folder) {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(folder.resolve("expected.properties"), StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + folder, e);
        }
        Map<CellRef, String> cells = new LinkedHashMap<>();
        p.stringPropertyNames().stream().filter(k -> k.startsWith("cell.")).sorted()
                .forEach(k -> cells.put(CellRef.parse(k.substring("cell.".length())), p.getProperty(k).strip()));
        Set<String> violations = new TreeSet<>();
        String listed = p.getProperty("violations", "none").strip();
        if (!listed.equals("none") && !listed.isEmpty()) {
            Arrays.stream(listed.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(violations::add);
        }
        return new CorpusReport(folder.getFileName().toString(), folder.resolve("report.txt"),
                Integer.parseInt(p.getProperty("year").strip()), Boolean.parseBoolean(p.getProperty("complete", "false").strip()),
                cells, violations);
    }
}
