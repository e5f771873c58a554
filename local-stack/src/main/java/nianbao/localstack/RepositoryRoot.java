package nianbao.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/** The project checkout, found from the working directory, and the service jars built in it. */
public final class RepositoryRoot {

    private RepositoryRoot() {
    }

    /**
     * {@code -Dnianbao.repository.root} if given (to run the stack or its tests against jars built elsewhere), else the
     * nearest directory, from the working directory up, that holds {@code local-stack/pom.xml}.
     */
    public static Path find() {
        String explicit = System.getProperty("nianbao.repository.root");
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit).toAbsolutePath();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("local-stack").resolve("pom.xml"))) {
                return dir;
            }
        }
        throw new IllegalStateException("not inside the nianbao checkout (no local-stack/pom.xml above "
                + Path.of("").toAbsolutePath() + ")");
    }

    /** {@code <root>/<module>/target/<module>-<version>-exec.jar}, which {@code ./mvnw install -DskipTests} builds. */
    public static Path execJar(Path root, Service service) {
        Path jar = root.resolve(service.module()).resolve("target")
                .resolve(service.module() + "-" + projectVersion() + "-exec.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " does not exist: build the services first with"
                    + " ./mvnw -q -B install -DskipTests");
        }
        return jar;
    }

    private static String projectVersion() {
        try (InputStream in = RepositoryRoot.class.getResourceAsStream("/nianbao-local-stack.properties")) {
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("project.version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
