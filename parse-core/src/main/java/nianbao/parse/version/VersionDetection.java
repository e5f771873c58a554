package nianbao.parse.version;

import nianbao.report.FormatVersion;
import nianbao.report.SourceSpan;

/**
 * The statutory format a report follows, decided from the structure of its tables (domain-spec §1.4).
 *
 * @param version     the version the majority of structural labels supports; on a tie (none at all included), the
 *                    version of the format notice the report cites; UNKNOWN when neither decides
 * @param mixed       structural labels of both versions occur (the parser reports P-VERSION-MIXED)
 * @param evidence    where the first structural label of {@code version} stands (its citation when only the citation
 *                    decided); {@link SourceSpan#NONE} when UNKNOWN
 * @param conflict    when mixed, where the first structural label of the other version stands; else NONE
 * @param v2019Labels how many V2019 labels the tables' structure holds (table-二 headers, table-三 rows)
 * @param v2021Labels how many V2021 labels the tables' structure holds
 */
public record VersionDetection(FormatVersion version, boolean mixed, SourceSpan evidence, SourceSpan conflict,
                               int v2019Labels, int v2021Labels) {

    /** What P-VERSION-MIXED says: the counts and how the version was decided. */
    public String explanation() {
        String counts = "table labels of both formats: " + v2019Labels + " of V2019, " + v2021Labels + " of V2021";
        if (v2019Labels != v2021Labels) return counts + "; read as " + version + " by the majority";
        if (version != FormatVersion.UNKNOWN) return counts + "; tied, read as " + version + " by the cited format notice";
        return counts + "; tied and no cited format notice decides: version unknown";
    }
}
