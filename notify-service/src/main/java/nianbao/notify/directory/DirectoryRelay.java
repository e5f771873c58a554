package nianbao.notify.directory;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import nianbao.events.Agency;
import nianbao.events.AgencyDirectoryEntry;
import nianbao.schemas.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Publishes every agency whose row changed since it was last published to {@code agency-directory} (key = agency
 * id), waits for the broker's acknowledgement, then records the published version. The row is the outbox: a change
 * committed while Kafka is down goes out when it is back, and a crash between send and mark sends the same version
 * again, which ingest-service ignores (it keeps the highest version). Runs after each change and every second.
 */
public class DirectoryRelay {

    private static final Logger log = LoggerFactory.getLogger(DirectoryRelay.class);
    private static final int BATCH = 500;

    private final AgencyTable agencies;
    private final KafkaOperations<Object, Object> kafka;

    public DirectoryRelay(AgencyTable agencies, KafkaOperations<Object, Object> kafka) {
        this.agencies = agencies;
        this.kafka = kafka;
    }

    /** Sends what is pending; returns how many agencies were published. */
    @Scheduled(fixedDelayString = "${nianbao.directory.relay-interval:PT1S}")
    public synchronized int publishPending() {
        int published = 0;
        List<AgencyTable.Unpublished> pending;
        do {
            pending = agencies.unpublished(BATCH);
            for (AgencyTable.Unpublished row : pending) {
                try {
                    kafka.send(Topics.AGENCY_DIRECTORY.name(), row.id(), entry(row)).get(15, TimeUnit.SECONDS);
                } catch (ExecutionException | TimeoutException | RuntimeException e) {
                    log.warn("agency-directory: {} version {} not published yet, will retry: {}", row.id(),
                            row.version(), e.toString());
                    return published;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return published;
                }
                agencies.markPublished(row.id(), row.version());
                published++;
                log.info("agency-directory: published {} version {} ({})", row.id(), row.version(),
                        row.active() ? "active" : "inactive");
            }
        } while (pending.size() == BATCH);
        return published;
    }

    static AgencyDirectoryEntry entry(AgencyTable.Unpublished row) {
        return AgencyDirectoryEntry.newBuilder()
                .setAgency(Agency.newBuilder().setId(row.id()).setName(row.name()).setRegionCode(row.regionCode())
                        .setLevel(row.level()).setParentGovernment(row.parentGovernment()).build())
                .setActive(row.active())
                .setApiKeySha256(row.apiKeySha256())
                .setVersion(row.version())
                .setChangedAt(row.changedAt())
                .build();
    }
}
