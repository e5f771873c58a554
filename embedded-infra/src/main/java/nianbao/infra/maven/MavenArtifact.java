package nianbao.infra.maven;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Maven artifact found in the local repository, fetched through the project's Maven wrapper when absent. Lets tests
 * and the local stack run distributions that Maven downloaded (the registry) without a second download mechanism.
 */
public record MavenArtifact(String groupId, String artifactId, String version, String classifier, String type) {

    private static final Logger log = LoggerFactory.getLogger(MavenArtifact.class);
    private static final String BUILD_PROPERTIES = "/nianbao-embedded-infra.properties";
    private static final String DEPENDENCY_PLUGIN = "org.apache.maven.plugins:maven-dependency-plugin:3.8.1";

    /** Versions and the local repository recorded when this module was built. */
    static Properties buildProperties() {
        try (InputStream in = MavenArtifact.class.getResourceAsStream(BUILD_PROPERTIES)) {
            Properties properties = new Properties();
            properties.load(in);
            return properties;
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("embedded-infra is missing " + BUILD_PROPERTIES, e);
        }
    }

    /** A version fixed in the parent POM, e.g. {@code apicurio.version}. */
    public static String buildVersion(String property) {
        return buildProperties().getProperty(property);
    }

    /**
     * The local repository: {@code -Dmaven.repo.local} of this JVM, else the one this module was built with, else
     * {@code ~/.m2/repository}.
     */
    public static Path localRepository() {
        String explicit = System.getProperty("maven.repo.local");
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        String recorded = buildProperties().getProperty("maven.local.repository", "");
        if (!recorded.isBlank() && !recorded.contains("@")) {
            return Path.of(recorded);
        }
        return Path.of(System.getProperty("user.home"), ".m2", "repository");
    }

    public Path pathIn(Path repository) {
        Path dir = repository;
        for (String part : groupId.split("\\.")) {
            dir = dir.resolve(part);
        }
        String file = artifactId + "-" + version + (classifier.isEmpty() ? "" : "-" + classifier) + "." + type;
        return dir.resolve(artifactId).resolve(version).resolve(file);
    }

    /** The file in the local repository, downloading it with {@code mvnw dependency:get} first if it is absent. */
    public Path resolve() {
        Path repository = localRepository();
        Path file = pathIn(repository);
        if (Files.isRegularFile(file)) {
            return file;
        }
        log.info("{} is not in {}; fetching it with Maven", this, repository);
        fetch(repository);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("Maven reported success but " + file + " does not exist");
        }
        return file;
    }

    private void fetch(Path repository) {
        List<String> command = new ArrayList<>(mavenCommand());
        command.addAll(List.of("-q", "-B", DEPENDENCY_PLUGIN + ":get", "-Dtransitive=false",
                "-Dartifact=" + groupId + ":" + artifactId + ":" + version + ":" + type + ":" + classifier,
                "-Dmaven.repo.local=" + repository.toAbsolutePath()));
        try {
            Process maven = new ProcessBuilder(command).inheritIO().start();
            if (!maven.waitFor(30, TimeUnit.MINUTES) || maven.exitValue() != 0) {
                maven.destroyForcibly();
                throw new IllegalStateException("could not fetch " + this + " with " + command);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while fetching " + this, e);
        }
    }

    /** The project's Maven wrapper, found by walking up from the working directory; else {@code mvn} on the PATH. */
    private static List<String> mavenCommand() {
        boolean windows = System.getProperty("os.name", "").toLowerCase().startsWith("windows");
        String wrapper = windows ? "mvnw.cmd" : "mvnw";
        Optional<Path> found = Optional.empty();
        for (Path dir = Path.of("").toAbsolutePath(); dir != null && found.isEmpty(); dir = dir.getParent()) {
            Path candidate = dir.resolve(wrapper);
            if (Files.isRegularFile(candidate)) {
                found = Optional.of(candidate);
            }
        }
        return found.map(path -> windows ? List.of(path.toString()) : List.of("sh", path.toString()))
                .orElse(List.of(windows ? "mvn.cmd" : "mvn"));
    }

    @Override
    public String toString() {
        return groupId + ":" + artifactId + ":" + version + ":" + type + ":" + classifier;
    }
}
