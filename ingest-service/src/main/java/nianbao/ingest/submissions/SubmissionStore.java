package nianbao.ingest.submissions;

import java.sql.Array;
import java.sql.Connection;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nianbao.events.ReportSubmitted;
import nianbao.events.SubmittedDocument;
import nianbao.ingest.intake.SubmissionKey;
import nianbao.ingest.publishing.SubmissionRecorder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The submission records in schema {@code ingest}, written from the published {@code report-submitted} events (by the
 * publisher right after its Kafka commit, and by {@link SubmissionRepair} for any it missed); the document bytes
 * themselves live on the topic.
 */
@Repository
class SubmissionStore implements SubmissionRecorder {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    SubmissionStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    Optional<UUID> find(SubmissionKey key) {
        return jdbc.sql("select id from submission where agency_id = ? and report_year = ? and sha256 = ?")
                .params(key.agencyId(), key.reportYear(), key.sha256())
                .query(UUID.class)
                .optional();
    }

    /**
     * Inserts the rows of the events that have none (by id, or by key: a twin with another id keeps its own), in one
     * transaction; answers how many it inserted.
     */
    @Transactional
    public int insertMissing(List<ReportSubmitted> events) {
        int[][] inserted = template.batchUpdate("""
                        insert into submission (id, agency_id, report_year, sha256, size_bytes, media_type, file_name,
                                                published_on, publication_url, channel, submitted_by, submitted_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict do nothing""", events, events.size(), (statement, event) -> {
            SubmittedDocument document = event.getDocument();
            statement.setObject(1, UUID.fromString(event.getSubmissionId()));
            statement.setString(2, event.getAgency().getId());
            statement.setInt(3, event.getReportYear());
            statement.setString(4, document.getSha256());
            statement.setLong(5, document.getSizeBytes());
            statement.setString(6, document.getMediaType());
            statement.setString(7, document.getFileName());
            statement.setObject(8, event.getPublishedOn());
            statement.setString(9, event.getPublicationUrl());
            statement.setString(10, event.getChannel().name());
            statement.setString(11, event.getSubmittedBy());
            statement.setObject(12, event.getSubmittedAt().atOffset(ZoneOffset.UTC));
        });
        return Arrays.stream(inserted).flatMapToInt(Arrays::stream).sum();
    }

    /**
     * Inserts the events' missing rows in one transaction. An event whose key (agency, year, bytes) is already
     * recorded under another id — a twin published by another instance — keeps no row of its own; the answer maps
     * each event's id to the id its key is recorded under.
     */
    @Override
    @Transactional
    public Map<UUID, UUID> record(List<ReportSubmitted> events) {
        insertMissing(events);
        UUID[] ids = events.stream().map(event -> UUID.fromString(event.getSubmissionId())).toArray(UUID[]::new);
        Set<UUID> present = template.execute((Connection connection) -> {
            Array array = connection.createArrayOf("uuid", ids);
            return jdbc.sql("select id from submission where id = any(?)").param(array).query(UUID.class).set();
        });
        Map<UUID, UUID> recorded = new HashMap<>();
        for (ReportSubmitted event : events) {
            UUID id = UUID.fromString(event.getSubmissionId());
            recorded.put(id, present.contains(id) ? id : find(new SubmissionKey(event.getAgency().getId(),
                    event.getReportYear(), event.getDocument().getSha256())).orElseThrow());
        }
        return recorded;
    }
}
