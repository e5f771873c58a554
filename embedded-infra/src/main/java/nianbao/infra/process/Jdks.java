package nianbao.infra.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Finds an installed JDK of at least a given feature version, for child processes that need a newer Java. */
public final class Jdks {

    /** Where Debian/Ubuntu and most Linux packages (and these machines' Temurin) install JDKs. */
    private static final Path SYSTEM_JVM_DIR = Path.of("/usr/lib/jvm");
    private static final Pattern JAVA_VERSION = Pattern.compile("^JAVA_VERSION=\"(?:1\\.)?(\\d+)", Pattern.MULTILINE);

    private Jdks() {
    }

    /** A JDK home with its feature version (17, 21, 25...). */
    public record Jdk(Path home, int feature) {
        public Path java() {
            return home.resolve("bin").resolve(isWindows() ? "java.exe" : "java");
        }
    }

    /**
     * The first JDK of at least {@code minFeature} from: the environment variable {@code preferredHomeVariable}, then
     * {@code JAVA_HOME}, then the running JVM, then the newest under /usr/lib/jvm.
     */
    public static Optional<Jdk> find(int minFeature, String preferredHomeVariable) {
        Stream<Optional<Jdk>> candidates = Stream.of(
                fromEnv(preferredHomeVariable),
                fromEnv("JAVA_HOME"),
                Optional.of(new Jdk(Path.of(System.getProperty("java.home")), Runtime.version().feature())),
                newestInstalled());
        return candidates.flatMap(Optional::stream).filter(jdk -> jdk.feature() >= minFeature).findFirst();
    }

    /**
     * The JDK named by {@code preferredHomeVariable} when it is set, otherwise the newest of {@code JAVA_HOME}, the
     * running JVM and those under /usr/lib/jvm: for child JVMs that only gain from a newer Java.
     */
    public static Jdk preferredOrNewest(String preferredHomeVariable) {
        Jdk running = new Jdk(Path.of(System.getProperty("java.home")), Runtime.version().feature());
        return fromEnv(preferredHomeVariable).orElseGet(() -> Stream.of(fromEnv("JAVA_HOME"), Optional.of(running),
                        newestInstalled())
                .flatMap(Optional::stream).max(Comparator.comparingInt(Jdk::feature)).orElse(running));
    }

    private static Optional<Jdk> fromEnv(String variable) {
        String home = System.getenv(variable);
        return home == null || home.isBlank() ? Optional.empty() : inspect(Path.of(home));
    }

    private static Optional<Jdk> newestInstalled() {
        if (!Files.isDirectory(SYSTEM_JVM_DIR)) {
            return Optional.empty();
        }
        try (Stream<Path> homes = Files.list(SYSTEM_JVM_DIR)) {
            List<Jdk> jdks = homes.map(Jdks::inspect).flatMap(Optional::stream).toList();
            return jdks.stream().max(Comparator.comparingInt(Jdk::feature));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Reads the feature version from the JDK's {@code release} file; empty if it is not a usable JDK. */
    static Optional<Jdk> inspect(Path home) {
        Path release = home.resolve("release");
        if (!Files.isRegularFile(release) || !Files.isExecutable(new Jdk(home, 0).java())) {
            return Optional.empty();
        }
        try {
            Matcher m = JAVA_VERSION.matcher(Files.readString(release));
            return m.find() ? Optional.of(new Jdk(home, Integer.parseInt(m.group(1)))) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static boolean isWindows() {
        return System.getProperty("os.name", "").toLowerCase().startsWith("windows");
    }
}
