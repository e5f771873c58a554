package nianbao.checker.corpus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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
}
