package nianbao.ingest;

import java.nio.file.Path;
import nianbao.infra.files.Directories;
import nianbao.infra.postgres.EmbeddedPostgresServer;

/** One real PostgreSQL per test JVM on a free port, shared by every Spring context of the run. */
public final class TestDatabase {

    private static EmbeddedPostgresServer server;

    private TestDatabase() {
    }

    /** The JDBC URL of database nianbao with schema ingest first on the search path, as the service expects. */
    public static synchronized String jdbcUrl() {
        if (server == null) {
            Path dataDir = Directories.createTemp("ingest-test-postgres-");
            EmbeddedPostgresServer started = EmbeddedPostgresServer.start(dataDir, 0);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                started.close();
                Directories.deleteRecursively(dataDir);
            }, "stop-test-postgres"));
            server = started;
        }
        return server.jdbcUrl() + "?currentSchema=ingest";
    }
}
