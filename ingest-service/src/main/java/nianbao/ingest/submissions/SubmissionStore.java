package nianbao.ingest.submissions;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import nianbao.events.SubmissionChannel;
import nianbao.ingest.intake.SubmissionKey;
import nianbao.ingest.intake.SubmittedReport;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The submission records in schema {@code ingest}; the document bytes themselves live on the topic. */
@Repository
class SubmissionStore {

    private final JdbcClient jdbc;

    SubmissionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<UUID> find(SubmissionKey key) {
        return jdbc.sql("select id from submission where agency_id = ? and report_year = ? and sha256 = ?")
                .params(key.agencyId(), key.reportYear(), key.sha256())
                .query(UUID.class)
                .optional();
    }

    /** False when a submission with the same key is already recorded (a concurrent twin committed first). */
    boolean insert(UUID id, SubmittedReport report, SubmissionChannel channel, String submittedBy, Instant submittedAt) {
        SubmittedReport.Document document = report.document();
        return jdbc.sql("""
                        insert into submission (id, agency_id, report_year, sha256, size_bytes, media_type, file_name,
                                                published_on, publication_url, channel, submitted_by, submitted_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (agency_id, report_year, sha256) do nothing""")
                .params(id, report.agency().id(), report.reportYear(), document.sha256(), document.sizeBytes(),
                        document.type().mediaType(), document.fileName(), report.publishedOn(),
                        report.publicationUrl(), channel.name(), submittedBy, submittedAt.atOffset(ZoneOffset.UTC))
                .update() == 1;
    }
}
