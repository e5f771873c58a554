package nianbao.notify.history;

import java.sql.Timestamp;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nianbao.events.FormatVersion;
import nianbao.events.ParseOutcome;
import nianbao.events.ParseSummary;
import nianbao.events.ReportValidated;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Remembers each parse of a submission for the agency timeline, from the parse summary that report-validated carries
 * (not its text or cells: report-parsed keeps those, and the report page reads the text back from there,
 * {@code ReportTexts}).
 */
@Repository
public class ParseHistory {

    private final JdbcClient jdbc;

    public ParseHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records the parse {@code validated} rests on; false when it was recorded before (a redelivery, or the same parse
     * validated again) or when the event predates parse summaries.
     */
    public boolean record(ReportValidated validated) {
        ParseSummary parse = validated.getParse();
        if (parse == null) return false;
        return jdbc.sql("""
                insert into parse_result (submission_id, parsed_at, agency_id, report_year, submitted_at, outcome, detail,
                                          source_partition, source_offset)
                values (:submission, :parsedAt, :agency, :year, :submittedAt, :outcome, :detail, :partition, :offset)
                on conflict do nothing""")
                .param("submission", validated.getSubmissionId())
                .param("parsedAt", Timestamp.from(parse.getParsedAt()))
                .param("agency", validated.getAgency().getId())
                .param("year", validated.getReportYear())
                .param("submittedAt", Timestamp.from(validated.getSubmittedAt()))
                .param("outcome", parse.getOutcome().name())
                .param("detail", detail(validated.getFormatVersion(), parse))
                .param("partition", parse.getSource().getPartition())
                .param("offset", parse.getSource().getOffset())
                .update() == 1;
    }

    /** "V2021 TAB TEXT; P-MISALIGNED×1" for a parse, the reason for a document that could not be read. */
    static String detail(FormatVersion format, ParseSummary parse) {
        if (parse.getOutcome() != ParseOutcome.PARSED) return String.valueOf(parse.getFailureReason());
        String formats = format + " " + parse.getLayout() + " " + parse.getContainer();
        return parse.getDiagnosticCounts().isEmpty() ? formats : formats + "; "
                + new TreeMap<>(parse.getDiagnosticCounts()).entrySet().stream()
                        .map(e -> e.getKey() + "×" + e.getValue()).collect(Collectors.joining(", "));
    }
}
