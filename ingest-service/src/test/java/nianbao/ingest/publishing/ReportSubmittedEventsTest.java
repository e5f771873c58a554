package nianbao.ingest.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nianbao.events.Agency;
import nianbao.events.AgencyLevel;
import nianbao.events.ReportSubmitted;
import nianbao.events.SubmissionChannel;
import nianbao.events.SubmittedDocument;
import nianbao.ingest.agencies.TestAgencies;
import nianbao.ingest.intake.DocumentType;
import nianbao.ingest.intake.SubmittedReport;
import nianbao.report.testing.SampleReports;
import org.junit.jupiter.api.Test;

class ReportSubmittedEventsTest {

    private static final byte[] SAMPLE = SampleReports.bytes("longting-gov-office-2022.txt");
    private static final String SHA256 = "1c490e3847560a5adf4b5af226d5148c9f013e026f37f5d33eb9cd459390ef18";
    private static final UUID ID = UUID.fromString("6f1c2f1e-3a4b-4c5d-8e9f-0a1b2c3d4e5f");
    private static final Instant AT = Instant.parse("2026-11-23T12:00:00.123Z");

    private static SubmittedReport report(LocalDate publishedOn, String url) {
        return new SubmittedReport(TestAgencies.LONGTING, 2022, publishedOn, url,
                new SubmittedReport.Document("longting-2022.txt", DocumentType.TEXT_UTF8, SHA256, SAMPLE));
    }

    @Test
    void everyFieldOfTheContractIsFilled() {
        ReportSubmitted event = ReportSubmittedEvents.of(ID,
                report(LocalDate.of(2023, 1, 18), "https://www.longting.gov.cn/nb2022.html"), SubmissionChannel.API, AT);

        assertThat(event).isEqualTo(ReportSubmitted.newBuilder()
                .setSubmissionId("6f1c2f1e-3a4b-4c5d-8e9f-0a1b2c3d4e5f")
                .setAgency(new Agency("longting-gov-office", "龙亭区人民政府办公室", "410202",
                        AgencyLevel.COUNTY_DEPARTMENT, "开封市龙亭区人民政府"))
                .setReportYear(2022)
                .setDocument(new SubmittedDocument("longting-2022.txt", "text/plain; charset=UTF-8", SHA256, 7415L,
                        ByteBuffer.wrap(SAMPLE)))
                .setPublishedOn(LocalDate.of(2023, 1, 18))
                .setPublicationUrl("https://www.longting.gov.cn/nb2022.html")
                .setSubmittedAt(AT)
                .setSubmittedBy("longting-gov-office")
                .setChannel(SubmissionChannel.API)
                .build());
    }

    @Test
    void thePortalSubmitsOnBehalfOfTheAgency() {
        ReportSubmitted event = ReportSubmittedEvents.of(ID, report(null, null), SubmissionChannel.PORTAL, AT);
        assertThat(event.getSubmittedBy()).isEqualTo("portal:longting-gov-office");
        assertThat(event.getChannel()).isEqualTo(SubmissionChannel.PORTAL);
        assertThat(event.getPublishedOn()).isNull();
        assertThat(event.getPublicationUrl()).isNull();
    }
}
