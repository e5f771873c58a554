package nianbao.validate.engine;

import nianbao.report.FormatVersion;
import nianbao.report.ParsedReport;
import nianbao.report.SourceSpan;
import nianbao.validate.config.Deadline;

/**
 * Everything a rule may look at.
 *
 * @param priorYear the same agency's report for year − 1, or null
 * @param deadline  the publication deadline that applies to this agency, or null when its level is unknown
 */
public record RuleInput(ReportContext context, ParsedReport report, ParsedReport priorYear, Deadline deadline) {

    /** The version the rules read the tables by: the detected one, UNKNOWN read as the current format. */
    public FormatVersion version() {
        return effective(report.version());
    }

    /** The text line a span starts on (stripped), or null when the span has no place or the text is absent. */
    public String lineAt(SourceSpan span) {
        if (span == null || !span.isKnown() || report.text() == null) return null;
        return report.text().lines().skip(span.line() - 1L).findFirst().map(String::strip).orElse(null);
    }

    public static FormatVersion effective(FormatVersion detected) {
        return detected == FormatVersion.UNKNOWN ? FormatVersion.V2021 : detected;
    }
}
