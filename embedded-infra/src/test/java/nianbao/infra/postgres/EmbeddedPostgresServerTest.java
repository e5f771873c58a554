package nianbao.infra.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedPostgresServerTest {

    @Test
    void theNianbaoDatabaseKeepsItsRowsAcrossARestart(@TempDir Path dataDir) throws SQLException {
        try (EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(dataDir, 0);
             Connection connection = connect(postgres);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA probe");
            statement.execute("CREATE TABLE probe.alert (fingerprint text PRIMARY KEY)");
            statement.execute("INSERT INTO probe.alert VALUES ('T3-BALANCE:longting')");
        }
        try (EmbeddedPostgresServer restarted = EmbeddedPostgresServer.start(dataDir, 0);
             Connection connection = connect(restarted);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT fingerprint FROM probe.alert")) {
            assertThat(restarted.jdbcUrl()).matches("jdbc:postgresql://127\\.0\\.0\\.1:\\d+/nianbao");
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("T3-BALANCE:longting");
            assertThat(rows.next()).isFalse();
        }
    }

    private static Connection connect(EmbeddedPostgresServer postgres) throws SQLException {
        return DriverManager.getConnection(postgres.jdbcUrl(), EmbeddedPostgresServer.USER, "postgres");
    }
}
