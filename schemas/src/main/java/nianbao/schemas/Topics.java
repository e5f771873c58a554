package nianbao.schemas;

import java.util.List;
import nianbao.events.AgencyDirectoryEntry;
import nianbao.events.ReportParsed;
import nianbao.events.ReportSubmitted;
import nianbao.events.ReportValidated;

/** Every topic of the system, with its value type: the one place a topic name is spelled. */
public final class Topics {

    /** Written by ingest-service; keeps the original document so history can be re-parsed by replay. */
    public static final Topic<ReportSubmitted> REPORT_SUBMITTED =
            new Topic<>("report-submitted", ReportSubmitted.class);
    /** Written by parse-service. */
    public static final Topic<ReportParsed> REPORT_PARSED = new Topic<>("report-parsed", ReportParsed.class);
    /** Written by validate-service. */
    public static final Topic<ReportValidated> REPORT_VALIDATED =
            new Topic<>("report-validated", ReportValidated.class);

    /**
     * Written by notify-service, which owns the agency directory; read by ingest-service into its own table. Keyed by
     * agency id and compacted: the newest record of each agency is its current state (see {@link Topic#newCompactedTopic}).
     */
    public static final Topic<AgencyDirectoryEntry> AGENCY_DIRECTORY =
            new Topic<>("agency-directory", AgencyDirectoryEntry.class);

    public static final List<Topic<?>> ALL = List.of(REPORT_SUBMITTED, REPORT_PARSED, REPORT_VALIDATED, AGENCY_DIRECTORY);

    private Topics() {
    }
}
