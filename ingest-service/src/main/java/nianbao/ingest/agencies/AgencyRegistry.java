package nianbao.ingest.agencies;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The agencies allowed to submit, in configuration order, and which one an API key belongs to. */
public final class AgencyRegistry {

    private final Map<String, Agency> byId = new LinkedHashMap<>();

    public AgencyRegistry(List<Agency> agencies) {
        if (agencies == null || agencies.isEmpty()) {
            throw new IllegalArgumentException("nianbao.agencies is empty: configure at least one agency");
        }
        for (Agency agency : agencies) {
            if (byId.putIfAbsent(agency.id(), agency) != null) {
                throw new IllegalArgumentException("nianbao.agencies lists agency id '" + agency.id() + "' twice");
            }
        }
    }

    public List<Agency> all() {
        return List.copyOf(byId.values());
    }

    public Optional<Agency> find(String agencyId) {
        return Optional.ofNullable(byId.get(agencyId));
    }

    /**
     * The agency holding this API key. Every configured digest is compared, without stopping at a match, so the
     * answer time does not tell which agency (or how far down the list) a key belongs to.
     */
    public Optional<Agency> holderOf(String apiKey) {
        Agency holder = null;
        for (Agency agency : byId.values()) {
            if (ApiKeys.matches(apiKey, agency.apiKeySha256()) && holder == null) holder = agency;
        }
        return Optional.ofNullable(holder);
    }
}
