package nianbao.ingest.publishing;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.UUID;
import nianbao.events.Agency;
import nianbao.events.ReportSubmitted;
import nianbao.events.SubmissionChannel;
import nianbao.events.SubmittedDocument;
import nianbao.ingest.intake.SubmittedReport;

/** Maps an accepted submission onto the {@code report-submitted} contract, every field of it. */
public final class ReportSubmittedEvents {

    private ReportSubmittedEvents() {
    }

    /** Who submitted: the agency itself through the API, or a clerk of the agency through the portal. */
    public static String submittedBy(String agencyId, SubmissionChannel channel) {
        return channel == SubmissionChannel.PORTAL ? "portal:" + agencyId : agencyId;
    }

    public static ReportSubmitted of(UUID submissionId, SubmittedReport report, SubmissionChannel channel,
                                     Instant submittedAt) {
        nianbao.ingest.agencies.Agency agency = report.agency();
        SubmittedReport.Document document = report.document();
        return ReportSubmitted.newBuilder()
                .setSubmissionId(submissionId.toString())
                .setAgency(Agency.newBuilder()
                        .setId(agency.id())
                        .setName(agency.name())
                        .setRegionCode(agency.regionCode())
                        .setLevel(agency.level())
                        .setParentGovernment(agency.parentGovernment())
                        .build())
                .setReportYear(report.reportYear())
                .setDocument(SubmittedDocument.newBuilder()
                        .setFileName(document.fileName())
                        .setMediaType(document.type().mediaType())
                        .setSha256(document.sha256())
                        .setSizeBytes(document.sizeBytes())
                        .setContent(ByteBuffer.wrap(document.content()))
                        .build())
                .setPublishedOn(report.publishedOn())
                .setPublicationUrl(report.publicationUrl())
                .setSubmittedAt(submittedAt)
                .setSubmittedBy(submittedBy(agency.id(), channel))
                .setChannel(channel)
                .build();
    }
}
