package nianbao.ingest.agencies;

import java.util.List;
import java.util.Optional;

/** The agencies allowed to submit now (active ones), and which one an API key belongs to. */
public interface AgencyRegistry {

    /** Every active agency, by region code and then id. */
    List<Agency> all();

    Optional<Agency> find(String agencyId);

    /** The active agency whose current key this is: looked up by the key's SHA-256, never by trying every agency. */
    Optional<Agency> holderOf(String apiKey);
}
