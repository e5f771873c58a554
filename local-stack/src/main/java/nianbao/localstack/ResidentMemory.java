package nianbao.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Resident memory read from /proc (Linux): the proportional set size (PSS), so pages shared between processes (the
 * PostgreSQL backends' shared buffers) count once; VmRSS where the kernel has no smaps_rollup; 0 elsewhere.
 */
final class ResidentMemory {

    private ResidentMemory() {
    }

    static long ofProcess(long pid) {
        Path proc = Path.of("/proc", Long.toString(pid));
        return field(proc.resolve("smaps_rollup"), "Pss:").or(() -> field(proc.resolve("status"), "VmRSS:")).orElse(0L);
    }

    private static Optional<Long> field(Path file, String name) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.filter(line -> line.startsWith(name))
                    .map(line -> Long.parseLong(line.replaceAll("\\D", "")) * 1024)
                    .findFirst();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
