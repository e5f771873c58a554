package nianbao.ingest.publishing;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import nianbao.events.ReportSubmitted;

/** Records the rows of events that Kafka has committed (the database side of a group commit). */
public interface SubmissionRecorder {

    /**
     * Inserts each event's row unless it exists, all in one database transaction. Answers, for each event's
     * submission id, the id under which its key (agency, year, bytes) is recorded: its own, or an earlier twin's.
     */
    Map<UUID, UUID> record(List<ReportSubmitted> events);
}
