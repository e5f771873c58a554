package nianbao.notify.directory;

import java.time.Instant;
import nianbao.events.AgencyLevel;

/**
 * An agency as the administration shows it. {@code keyIssuedAt} is null while no key was issued; {@code published}
 * says whether ingest-service has been sent its current state (the topic has it).
 */
public record DirectoryAgency(String id, String name, String regionCode, AgencyLevel level, String levelName,
                              String parentGovernment, boolean active, Instant keyIssuedAt, Instant changedAt,
                              boolean published) {
}
