package nianbao.report.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The five sample reports of shared/samples, for the tests of every module: found by walking up from the working
 * directory to the folder that holds shared/samples (the repository's parent in a checkout next to shared/).
 */
public final class SampleReports {

    public static final String LONGTING = "longting-gov-office-2022.txt";
    public static final String KUNWU = "kunwu-office-2020.txt";
    public static final String CHAOYANG = "chaoyang-business-env-bureau-2023.txt";
    public static final String JINPING = "jinping-street-2022.txt";
    public static final String QIDONG = "qidong-hitech-jinhai-2022.txt";
    public static final List<String> ALL = List.of(LONGTING, KUNWU, CHAOYANG, JINPING, QIDONG);

    private SampleReports() {
    }

    /** The sample file names, for parameterized tests' {@code @MethodSource}. */
    public static List<String> all() {
        return ALL;
    }

    public static Path directory() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path samples = dir.resolve("shared").resolve("samples");
            if (Files.isDirectory(samples)) return samples;
        }
        throw new IllegalStateException("no shared/samples above " + Path.of("").toAbsolutePath());
    }

    public static byte[] bytes(String fileName) {
        try {
            return Files.readAllBytes(directory().resolve(fileName));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String text(String fileName) {
        return new String(bytes(fileName), StandardCharsets.UTF_8);
    }

    /** The sample's lines as the parser numbers them (a leading BOM removed). */
    public static List<String> lines(String fileName) {
        String text = text(fileName);
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        return Arrays.asList(text.split("\n", -1));
    }
}
