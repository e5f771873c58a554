package nianbao.checker.corpus;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

/** The development corpus (test-corpus/ at the repository root), found from the module's working directory. */
final class CorpusFolder {

    private CorpusFolder() {
    }

    static Path path() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("test-corpus"))) return dir.resolve("test-corpus");
        }
        throw new IllegalStateException("no test-corpus above " + Path.of("").toAbsolutePath());
    }

    /** Every report of the corpus with its hand-written expectations, in name order. */
    static List<CorpusReport> reports() {
        return CorpusReport.readAll(path());
    }

    /** The layout the corpus README names for the report (expected.properties' {@code layout}). */
    static String layout(CorpusReport report) {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(report.report().resolveSibling("expected.properties"), StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p.getProperty("layout", "").strip();
    }
}
