package nianbao.parse.version;

import nianbao.report.FormatVersion;
import nianbao.report.SourceSpan;

/**
 * The statutory format a report follows, by the markers of domain-spec §1.4.
 *
 * @param version  the detected version; when markers of both versions occur, the one the table-三 shape (or, without
 *                 a decisive shape, the majority of markers) supports; UNKNOWN when no marker occurs
 * @param mixed    markers of both versions occur (the parser reports P-VERSION-MIXED)
 * @param evidence where the first marker of {@code version} stands; {@link SourceSpan#NONE} when UNKNOWN
 */
public record VersionDetection(FormatVersion version, boolean mixed, SourceSpan evidence) {
}
