package nianbao.localstack;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps one service running: when its process dies, whatever the exit code, it is started again after the
 * {@link RestartBackOff} delay and waited for until healthy, and the stack's log says which service died, with what
 * exit code, and when it is back. Closing it (the stack stopping) stops the process without a restart; so does the
 * JVM shutting down, whose hooks stop the children on their own.
 */
final class SupervisedService implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SupervisedService.class);

    private final Service service;
    private final Supplier<ServiceProcess> launcher;
    private final RestartBackOff backOff;
    private final HttpClient http;
    private final Thread watcher;
    private volatile ServiceProcess current;
    private volatile boolean stopping;

    private SupervisedService(Service service, Supplier<ServiceProcess> launcher, RestartBackOff backOff,
                              HttpClient http) {
        this.service = service;
        this.launcher = launcher;
        this.backOff = backOff;
        this.http = http;
        this.current = launcher.get();
        this.watcher = new Thread(this::watch, "supervise-" + service.module());
        this.watcher.setDaemon(true);
    }

    /** Starts the service; it is watched from {@link #awaitHealthyAndSupervise()} on. */
    static SupervisedService start(Service service, Supplier<ServiceProcess> launcher, RestartBackOff backOff,
                                   HttpClient http) {
        return new SupervisedService(service, launcher, backOff, http);
    }

    /**
     * Waits for the first start to be healthy (failing with the log's tail if it is not: a service that cannot start
     * at all is a configuration error, not a crash), then restarts it whenever it dies.
     */
    void awaitHealthyAndSupervise() {
        current.awaitHealthy(http);
        watcher.start();
    }

    int port() {
        return current.port();
    }

    long pid() {
        return current.pid();
    }

    private void watch() {
        int crashesInARow = 0;
        while (true) {
            ServiceProcess process = current;
            int exitCode;
            try {
                exitCode = process.awaitExit();
            } catch (InterruptedException stopped) {
                return;
            }
            if (cleanStop()) {
                return;
            }
            Duration healthyFor = process.healthyFor();
            crashesInARow = backOff.crashesInARow(crashesInARow, healthyFor);
            Duration delay = backOff.delayBefore(crashesInARow);
            log.warn("{} 意外退出（退出码 {}，此前健康运行 {} 秒），{} 秒后重启（连续第 {} 次） | {} died (exit code {}, "
                            + "healthy for {} s before), restarting in {} s (crash {} in a row); its log: {}",
                    service.module(), exitCode, healthyFor.toSeconds(), seconds(delay), crashesInARow,
                    service.module(), exitCode, healthyFor.toSeconds(), seconds(delay), crashesInARow,
                    process.logFile());
            try {
                Thread.sleep(delay.toMillis());
            } catch (InterruptedException stopped) {
                return;
            }
            ServiceProcess restarted;
            synchronized (this) {
                if (cleanStop()) {
                    return;
                }
                process.close();
                restarted = launcher.get();
                current = restarted;
            }
            log.info("{} 已重新启动（pid {}），等待健康检查 | {} restarted (pid {}), waiting for its health check",
                    service.module(), restarted.pid(), service.module(), restarted.pid());
            try {
                restarted.awaitHealthy(http);
                log.info("{} 已恢复正常 | {} is healthy again", service.module(), service.module());
            } catch (IllegalStateException notHealthy) {
                if (cleanStop()) {
                    return;
                }
                // dead already (the loop sees its exit at once) or alive but never healthy: ended, so it is restarted
                log.warn("{} 重启后未恢复正常 | {} did not become healthy after its restart: {}", service.module(),
                        service.module(), notHealthy.getMessage().lines().findFirst().orElse(""));
                restarted.close();
            }
        }
    }

    private static String seconds(Duration delay) {
        return delay.toMillis() % 1000 == 0 ? Long.toString(delay.toSeconds()) : String.valueOf(delay.toMillis() / 1000.0);
    }

    /** The stack is stopping, or this JVM is exiting (its shutdown hooks stop the children): no restart. */
    private boolean cleanStop() {
        return stopping || jvmShuttingDown();
    }

    private static boolean jvmShuttingDown() {
        Thread probe = new Thread(() -> { });
        try {
            Runtime.getRuntime().addShutdownHook(probe);
            Runtime.getRuntime().removeShutdownHook(probe);
            return false;
        } catch (IllegalStateException shutdownInProgress) {
            return true;
        }
    }

    /** Stops the service for good: no restart follows. */
    @Override
    public void close() {
        stopping = true;
        watcher.interrupt();
        synchronized (this) {
            current.close();
        }
        try {
            watcher.join(Duration.ofSeconds(10).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
