package nianbao.checker;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nianbao.checker.CheckerEngine.Document;
import nianbao.report.testing.SampleReports;

/** The sample reports of shared/samples by name without {@code .txt}, as checker documents, and edited variants. */
final class Samples {

    private Samples() {
    }

    static String text(String name) {
        return SampleReports.text(name + ".txt");
    }

    static Document document(String name) {
        return new Document(name + ".txt", text(name).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A copy of sample {@code name} with 1-based line {@code line} replaced; the line must currently read
     * {@code was}, so a changed sample cannot silently move an injected error.
     */
    static String edit(String text, int line, String was, String now) {
        List<String> lines = new ArrayList<>(text.lines().toList());
        if (!lines.get(line - 1).equals(was)) {
            throw new IllegalStateException("line " + line + " reads \"" + lines.get(line - 1) + "\", not \"" + was + "\"");
        }
        lines.set(line - 1, now);
        return String.join("\n", lines) + "\n";
    }

    static Document document(String fileName, String text) {
        return new Document(fileName, text.getBytes(StandardCharsets.UTF_8));
    }
}
