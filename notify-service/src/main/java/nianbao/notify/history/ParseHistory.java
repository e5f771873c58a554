package nianbao.notify.history;

import java.sql.Timestamp;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nianbao.events.ParseDiagnostic;
import nianbao.events.ParseOutcome;
import nianbao.events.ReportParsed;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Remembers each parse of a submission for the agency timeline (its text: {@code ReportTexts}; its cells: the topic). */
@Repository
public class ParseHistory {

    private final JdbcClient jdbc;

    public ParseHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records {@code parsed}; false when this very parse was recorded before (a redelivery). */
    public boolean record(ReportParsed parsed) {
        return jdbc.sql("""
                insert into parse_result (submission_id, parsed_at, agency_id, report_year, submitted_at, outcome, detail)
                values (:submission, :parsedAt, :agency, :year, :submittedAt, :outcome, :detail)
                on conflict do nothing""")
                .param("submission", parsed.getSubmissionId())
                .param("parsedAt", Timestamp.from(parsed.getParsedAt()))
                .param("agency", parsed.getAgency().getId())
                .param("year", parsed.getReportYear())
                .param("submittedAt", Timestamp.from(parsed.getSubmittedAt()))
                .param("outcome", parsed.getOutcome().name())
                .param("detail", detail(parsed))
                .update() == 1;
    }

    /** "V2021 TAB TEXT; P-MISALIGNED×1" for a parse, the reason for a document that could not be read. */
    static String detail(ReportParsed parsed) {
        if (parsed.getOutcome() != ParseOutcome.PARSED) return String.valueOf(parsed.getFailureReason());
        Map<String, Long> diagnostics = parsed.getDiagnostics().stream()
                .collect(Collectors.groupingBy(ParseDiagnostic::getCode, TreeMap::new, Collectors.counting()));
        String formats = parsed.getFormatVersion() + " " + parsed.getLayout() + " " + parsed.getContainer();
        return diagnostics.isEmpty() ? formats : formats + "; " + diagnostics.entrySet().stream()
                .map(e -> e.getKey() + "×" + e.getValue()).collect(Collectors.joining(", "));
    }
}
