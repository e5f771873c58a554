package nianbao.ingest.agencies;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import nianbao.events.AgencyLevel;
import nianbao.ingest.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The agency table on real PostgreSQL (the schema from the service's migrations): versions, keys, the index. */
class AgencyTableTest {

    private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");
    private static DataSource database;
    private static AgencyTable table;

    @BeforeAll
    static void migrate() {
        database = new DriverManagerDataSource(TestDatabase.jdbcUrl(), "postgres", "postgres");
        Flyway.configure().dataSource(database).schemas("ingest").defaultSchema("ingest").load().migrate();
        table = new AgencyTable(JdbcClient.create(database));
    }

    private static Agency hongze(String key) {
        return new Agency("hongze-table-test", "淮安市洪泽区人民政府办公室", "320813", AgencyLevel.COUNTY_DEPARTMENT,
                "淮安市洪泽区人民政府", key == null ? null : ApiKeys.sha256Hex(key));
    }

    @Test
    void aNewerVersionReplacesTheRowAndAnOlderOrEqualOneDoesNot() {
        assertThat(table.apply(hongze("first-key-of-hongze"), true, 1, T0)).isTrue();
        assertThat(table.holderOf("first-key-of-hongze")).contains(hongze("first-key-of-hongze"));

        // rotation: the new key works, the old one no longer does
        assertThat(table.apply(hongze("second-key-of-hongze"), true, 2, T0.plusSeconds(60))).isTrue();
        assertThat(table.holderOf("first-key-of-hongze")).isEmpty();
        assertThat(table.holderOf("second-key-of-hongze")).contains(hongze("second-key-of-hongze"));

        // the first record read again (a redelivery) changes nothing
        assertThat(table.apply(hongze("first-key-of-hongze"), true, 1, T0)).isFalse();
        assertThat(table.holderOf("second-key-of-hongze")).isPresent();

        // deactivated: neither found by id nor by key, and not offered on the intake page
        assertThat(table.apply(hongze("second-key-of-hongze"), false, 3, T0.plusSeconds(120))).isTrue();
        assertThat(table.holderOf("second-key-of-hongze")).isEmpty();
        assertThat(table.find("hongze-table-test")).isEmpty();
        assertThat(table.all()).extracting(Agency::id).doesNotContain("hongze-table-test");
    }

    @Test
    void aSeedNeverOvertakesTheDirectory() {
        Agency seeded = new Agency("seed-table-test", "锦屏街道办事处", "330326", AgencyLevel.TOWNSHIP, null,
                ApiKeys.sha256Hex("seed-table-test-key"));
        assertThat(table.seed(seeded, T0)).isTrue();
        assertThat(table.apply(new Agency("seed-table-test", "锦屏街道办事处", "330326", AgencyLevel.TOWNSHIP, null,
                ApiKeys.sha256Hex("issued-key")), true, 1, T0.plusSeconds(1))).isTrue();
        assertThat(table.seed(seeded, T0.plusSeconds(2))).isFalse();
        assertThat(table.holderOf("seed-table-test-key")).isEmpty();
        assertThat(table.holderOf("issued-key")).map(Agency::id).contains("seed-table-test");
    }

    /**
     * The key lookup's plan, on a table of 5,000 agencies (analysed): PostgreSQL reads the unique index on the digest,
     * not the table. Rolled back, so the other tests' database keeps its agencies.
     */
    @Test
    void aKeyIsLookedUpThroughTheIndexOnItsDigest() throws SQLException {
        try (Connection connection = database.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement sql = connection.createStatement()) {
                sql.execute("""
                        insert into agency (id, name, region_code, level, active, api_key_sha256, version, changed_at)
                        select 'plan-' || n, '机关' || n, '320813', 'TOWNSHIP', true,
                               encode(sha256(convert_to('key-' || n, 'UTF8')), 'hex'), 1, now()
                        from generate_series(1, 5000) n""");
                sql.execute("analyze agency");
                List<String> plan = new ArrayList<>();
                try (ResultSet rows = sql.executeQuery("explain select * from agency where api_key_sha256 = '"
                        + ApiKeys.sha256Hex("key-4711") + "' and active")) {
                    while (rows.next()) plan.add(rows.getString(1));
                }
                assertThat(plan.get(0)).startsWith("Index Scan using agency_api_key_sha256 on agency");
                assertThat(String.join("\n", plan)).doesNotContain("Seq Scan");
            } finally {
                connection.rollback();
            }
        }
    }
}
