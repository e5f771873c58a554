package nianbao.infra.registry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import nianbao.infra.files.Directories;
import nianbao.infra.maven.MavenArtifact;

/**
 * The two Apicurio Registry distributions on Maven Central, unpacked once into a cache directory shared by every JVM
 * on the machine (a file lock serialises concurrent first runs).
 */
enum RegistryDistribution {

    /** Quarkus 3 fast-jar; H2 file storage, separate management port. Needs Java 21+. */
    V3(new MavenArtifact("io.apicurio", "apicurio-registry-app", MavenArtifact.buildVersion("apicurio.version"),
            "all", "tar.gz"), 21, "quarkus-run.jar"),
    /** The 2.x runner jar for machines without Java 21; in-memory storage only. */
    V2_FALLBACK(new MavenArtifact("io.apicurio", "apicurio-registry-app",
            MavenArtifact.buildVersion("apicurio.fallback.version"), "all", "zip"), 17, null);

    private final MavenArtifact artifact;
    private final int minJava;
    private final String runJar;

    RegistryDistribution(MavenArtifact artifact, int minJava, String runJar) {
        this.artifact = artifact;
        this.minJava = minJava;
        this.runJar = runJar;
    }

    MavenArtifact artifact() {
        return artifact;
    }

    int minJava() {
        return minJava;
    }

    String version() {
        return artifact.version();
    }

    /** The jar to run with {@code java -jar}, unpacking the distribution first if needed. */
    Path runnableJar() {
        Path home = unpacked();
        if (runJar != null) {
            return home.resolve(runJar);
        }
        try (Stream<Path> files = Files.walk(home)) {
            return files.filter(p -> p.getFileName().toString().endsWith("-runner.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no *-runner.jar in " + home));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path unpacked() {
        Path cache = cacheDirectory();
        Path home = cache.resolve(artifact.artifactId() + "-" + artifact.version());
        Path complete = home.resolve(".unpacked");
        if (Files.exists(complete)) {
            return home;
        }
        try {
            Files.createDirectories(cache);
            try (FileChannel lockFile = FileChannel.open(cache.resolve(home.getFileName() + ".lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock ignored = lockFile.lock()) {
                if (!Files.exists(complete)) {
                    Path archive = artifact.resolve();
                    Path staging = Files.createTempDirectory(cache, home.getFileName() + ".staging-");
                    unpack(archive, staging);
                    Directories.deleteRecursively(home);
                    Files.move(staging, home, StandardCopyOption.ATOMIC_MOVE);
                    Files.createFile(complete);
                }
            }
            return home;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack " + artifact + " into " + home, e);
        }
    }

    /** {@code -Dnianbao.cache.dir}, else {@code $NIANBAO_CACHE_DIR}, else {@code ~/.cache/nianbao}. */
    static Path cacheDirectory() {
        String property = System.getProperty("nianbao.cache.dir");
        String env = System.getenv("NIANBAO_CACHE_DIR");
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        return Path.of(System.getProperty("user.home"), ".cache", "nianbao");
    }

    private static void unpack(Path archive, Path target) throws IOException {
        if (archive.toString().endsWith(".zip")) {
            unzip(archive, target);
        } else {
            untar(archive, target);
        }
    }

    /** The JDK has no tar reader; every supported OS (Linux, macOS, Windows 10+) ships a {@code tar} command. */
    private static void untar(Path archive, Path target) throws IOException {
        Process tar = new ProcessBuilder("tar", "-xzf", archive.toString(), "-C", target.toString())
                .redirectErrorStream(true).start();
        String output = new String(tar.getInputStream().readAllBytes());
        try {
            if (!tar.waitFor(10, TimeUnit.MINUTES) || tar.exitValue() != 0) {
                throw new IOException("tar failed on " + archive + ": " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while unpacking " + archive, e);
        }
    }

    private static void unzip(Path archive, Path target) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(archive))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                Path out = target.resolve(entry.getName()).normalize();
                if (!out.startsWith(target)) {
                    throw new IOException("zip entry outside the target: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                } else {
                    Files.createDirectories(out.getParent());
                    Files.copy(zip, out, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
