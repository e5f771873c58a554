package nianbao.notify.reports;

import java.sql.Timestamp;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nianbao.events.ReportParsed;

/**
 * The normalised text of each submission as report-parsed carried it, which the findings' operand spans point into.
 * Kept here because the report page must show it long after the topic's retention; the newest parse wins.
 */
@Repository
public class ReportTexts {

    private final JdbcClient jdbc;

    public ReportTexts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Keeps the text of {@code parsed} unless a later parse of the same submission is stored already. */
    public void record(ReportParsed parsed) {
        jdbc.sql("""
                insert into report_text (submission_id, parsed_at, text) values (:submission, :parsedAt, :text)
                on conflict (submission_id) do update set parsed_at = excluded.parsed_at, text = excluded.text
                where report_text.parsed_at < excluded.parsed_at""")
                .param("submission", parsed.getSubmissionId().toString())
                .param("parsedAt", Timestamp.from(parsed.getParsedAt()))
                .param("text", parsed.getText().toString())
                .update();
    }

    public Optional<String> of(String submissionId) {
        return jdbc.sql("select text from report_text where submission_id = :submission")
                .param("submission", submissionId).query(String.class).optional();
    }
}
