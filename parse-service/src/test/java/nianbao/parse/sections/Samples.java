package nianbao.parse.sections;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** The five sample reports of shared/samples, as lines (found by walking up from the working directory). */
public final class Samples {

    public static final String LONGTING = "longting-gov-office-2022.txt";
    public static final String KUNWU = "kunwu-office-2020.txt";
    public static final String CHAOYANG = "chaoyang-business-env-bureau-2023.txt";
    public static final String JINPING = "jinping-street-2022.txt";
    public static final String QIDONG = "qidong-hitech-jinhai-2022.txt";

    private Samples() {
    }

    public static List<String> lines(String fileName) {
        try {
            String text = Files.readString(directory().resolve(fileName), StandardCharsets.UTF_8);
            if (text.startsWith("\uFEFF")) text = text.substring(1);
            return Arrays.asList(text.split("\n", -1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path directory() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path samples = dir.resolve("shared").resolve("samples");
            if (Files.isDirectory(samples)) return samples;
        }
        throw new IllegalStateException("no shared/samples above " + Path.of("").toAbsolutePath());
    }
}
