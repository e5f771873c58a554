package nianbao.schemas.deadletters;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * One dead-lettered record as the tool lists it: where it lies, when it was dead-lettered, its key (the agency id),
 * where it came from and why, read from the {@code kafka_dlt-*} headers ({@link DeadLetterHeaders}). A record without
 * those headers has no {@code origin} and {@code reason} {@code "unknown"}.
 */
public record DeadLetter(RecordCoordinates at, Instant timestamp, String key, Optional<RecordCoordinates> origin,
                         String reason) {

    /** Timestamps are shown as the supervisors read them: China Standard Time, to the millisecond. */
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSxxx")
            .withZone(ZoneId.of("Asia/Shanghai"));

    /** One tab-separated line: coordinates, timestamp, {@code key=}, {@code from=} ({@code ?} if unknown), reason. */
    public String line() {
        return String.join("\t", at.toString(), TIME.format(timestamp), "key=" + (key == null ? "(none)" : key),
                "from=" + origin.map(RecordCoordinates::toString).orElse("?"), reason);
    }
}
