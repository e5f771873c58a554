package nianbao.parse.version;

import java.util.List;
import nianbao.report.FormatVersion;
import nianbao.report.SourceSpan;

/** Detects V2019 / V2021 from the labels only one of the two formats prints (domain-spec §1.4). */
public final class FormatVersionDetector {

    private FormatVersionDetector() {
    }

    /** @param lines the normalised text lines, index 0 = line 1 */
    public static VersionDetection detect(List<String> lines) {
        return new VersionDetection(FormatVersion.UNKNOWN, false, SourceSpan.NONE);
    }
}
