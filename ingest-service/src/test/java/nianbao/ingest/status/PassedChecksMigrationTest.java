package nianbao.ingest.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import javax.sql.DataSource;
import nianbao.ingest.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** V5 on a row stored before it: the PASS findings leave the findings and are counted by rule, in their order. */
class PassedChecksMigrationTest {

    @Test
    void theStoredPassFindingsAreCountedByRuleWithTheFirstMessage() {
        DataSource database = new DriverManagerDataSource(TestDatabase.jdbcUrl(), "postgres", "postgres");
        String schema = "ingest_v5_" + Long.toHexString(System.nanoTime());
        Flyway.configure().dataSource(database).schemas(schema).defaultSchema(schema).target("4").load().migrate();
        JdbcClient jdbc = JdbcClient.create(database);
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into " + schema + ".submission (id, agency_id, report_year, sha256, size_bytes, media_type,"
                        + " file_name, channel, submitted_by, submitted_at) values (?, 'a', 2022, ?, 1, 'text/plain',"
                        + " 'a.txt', 'API', 'a', now())")
                .params(id, "0".repeat(64)).update();
        jdbc.sql("insert into " + schema + ".validation (submission_id, verdict, rule_set_version, format_version,"
                        + " validated_at, findings) values (?, 'FAIL', 'r', 'V2021', now(), cast(? as jsonb))")
                .params(id, """
                        [{"ruleId": "T3-ROWSUM", "outcome": "PASS", "severity": "ERROR", "messageZh": "第（一）行相符", "quote": null},
                         {"ruleId": "T3-BALANCE", "outcome": "FAIL", "severity": "ERROR", "messageZh": "不平衡", "quote": "总计"},
                         {"ruleId": "S-SECTIONS", "outcome": "PASS", "severity": "ERROR", "messageZh": "六部分齐全", "quote": null},
                         {"ruleId": "T3-ROWSUM", "outcome": "PASS", "severity": "ERROR", "messageZh": "第（二）行相符", "quote": null},
                         {"ruleId": "X-CARRY", "outcome": "NOT_ASSESSABLE", "severity": "ERROR", "messageZh": "无上年", "quote": null}]""")
                .update();

        Flyway.configure().dataSource(database).schemas(schema).defaultSchema(schema).target("5").load().migrate();

        assertThat(jdbc.sql("select passed_checks::text from " + schema + ".validation").query(String.class).single())
                .isEqualTo("[{\"count\": 2, \"ruleId\": \"T3-ROWSUM\", \"messageZh\": \"第（一）行相符\"}, "
                        + "{\"count\": 1, \"ruleId\": \"S-SECTIONS\", \"messageZh\": \"六部分齐全\"}]");
        assertThat(jdbc.sql("select jsonb_path_query_array(findings, '$[*].ruleId')::text from " + schema + ".validation")
                .query(String.class).single()).isEqualTo("[\"T3-BALANCE\", \"X-CARRY\"]");
    }
}
