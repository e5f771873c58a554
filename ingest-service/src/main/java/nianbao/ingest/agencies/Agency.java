package nianbao.ingest.agencies;

import java.util.regex.Pattern;
import nianbao.events.AgencyLevel;

/**
 * A reporting body allowed to submit, as the agency directory describes it. Only the SHA-256 of its API key is known
 * here (null while none has been issued), so neither the table nor a seed holds a usable credential.
 */
public record Agency(String id, String name, String regionCode, AgencyLevel level, String parentGovernment,
                     String apiKeySha256) {

    private static final Pattern AGENCY_ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,62}");
    private static final Pattern REGION_CODE = Pattern.compile("\\d{6}");
    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    public Agency {
        if (id == null || !AGENCY_ID.matcher(id).matches()) {
            throw new IllegalArgumentException("agency id '" + id + "' must be 2-63 lower-case letters, digits or '-'");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("agency " + id + ": name is required");
        }
        if (regionCode == null || !REGION_CODE.matcher(regionCode).matches()) {
            throw new IllegalArgumentException(
                    "agency " + id + ": regionCode '" + regionCode + "' must be a 6-digit 行政区划代码");
        }
        if (level == null || level == AgencyLevel.UNKNOWN) {
            throw new IllegalArgumentException("agency " + id + ": level is required (one of the AgencyLevel symbols)");
        }
        if (apiKeySha256 != null && !SHA256_HEX.matcher(apiKeySha256).matches()) {
            throw new IllegalArgumentException(
                    "agency " + id + ": apiKeySha256 must be the lower-case hex SHA-256 of the agency's API key");
        }
        if (parentGovernment != null && parentGovernment.isBlank()) parentGovernment = null;
    }
}
