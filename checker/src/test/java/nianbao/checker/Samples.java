package nianbao.checker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nianbao.checker.CheckerEngine.Document;

/** The five sample reports of shared/samples, found by walking up from the working directory, and edited variants. */
final class Samples {

    private Samples() {
    }

    static Path dir() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path samples = p.resolve("shared").resolve("samples");
            if (Files.isDirectory(samples)) return samples;
        }
        throw new IllegalStateException("no shared/samples above " + Path.of("").toAbsolutePath());
    }

    static String text(String name) {
        try {
            return Files.readString(dir().resolve(name + ".txt"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
