package nianbao.ingest.admission;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Counts the uploads in progress, overall and per agency. A slot is taken before the body is read and given back when
 * the request ends, whatever its outcome.
 */
public final class UploadSlots {

    private final int maxUploads;
    private final int maxUploadsPerAgency;
    private final Map<String, Integer> perAgency = new HashMap<>();
    private int inUse;

    public UploadSlots(int maxUploads, int maxUploadsPerAgency) {
        if (maxUploads < 1 || maxUploadsPerAgency < 1) throw new IllegalArgumentException("limits must be positive");
        this.maxUploads = maxUploads;
        this.maxUploadsPerAgency = maxUploadsPerAgency;
    }

    /** Which limit refused a slot. */
    public enum Refusal { AGENCY_LIMIT, OVERALL_LIMIT }

    /** A slot held; {@link #close()} gives it back (once). */
    public final class Slot implements AutoCloseable {
        private final String agencyId;
        private boolean released;

        private Slot(String agencyId) {
            this.agencyId = agencyId;
        }

        @Override
        public void close() {
            synchronized (UploadSlots.this) {
                if (released) return;
                released = true;
                inUse--;
                perAgency.computeIfPresent(agencyId, (id, n) -> n == 1 ? null : n - 1);
            }
        }
    }

    /** A slot for the agency, or why there is none; the agency's own limit is reported first. */
    public synchronized Taken take(String agencyId) {
        int agencyInUse = perAgency.getOrDefault(agencyId, 0);
        if (agencyInUse >= maxUploadsPerAgency) return new Taken(Optional.empty(), Refusal.AGENCY_LIMIT);
        if (inUse >= maxUploads) return new Taken(Optional.empty(), Refusal.OVERALL_LIMIT);
        inUse++;
        perAgency.put(agencyId, agencyInUse + 1);
        return new Taken(Optional.of(new Slot(agencyId)), null);
    }

    /** Either a slot or the refusal. */
    public record Taken(Optional<Slot> slot, Refusal refusal) {
    }

    public synchronized int inUse() {
        return inUse;
    }

    public synchronized int inUse(String agencyId) {
        return perAgency.getOrDefault(agencyId, 0);
    }
}
