package nianbao.ingest.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import nianbao.ingest.agencies.TestAgencies;
import nianbao.report.testing.SampleReports;
import org.assertj.core.api.ThrowableAssert;
import org.junit.jupiter.api.Test;

class IntakeTest {

    private static final Clock NOV_2026 = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);
    private static final byte[] SAMPLE = SampleReports.bytes("longting-gov-office-2022.txt");
    private static final String SAMPLE_SHA256 = "1c490e3847560a5adf4b5af226d5148c9f013e026f37f5d33eb9cd459390ef18";

    private final Intake intake = new Intake(TestAgencies.registry(), 10_000, NOV_2026);

    private static SubmissionForm form(String apiKey, String agencyId, String year, byte[] content) {
        return new SubmissionForm(apiKey, agencyId, year, null, null, "file", "longting-2022.txt", content);
    }

    private static SubmissionForm valid() {
        return form("longting-gov-office-key", "longting-gov-office", "2022", SAMPLE);
    }

    private static void assertRejected(ThrowableAssert.ThrowingCallable call, IntakeProblem problem, String field,
                                       String detail) {
        assertThatThrownBy(call).isInstanceOfSatisfying(IntakeRejection.class, rejection -> {
            assertThat(rejection.problem()).isEqualTo(problem);
            assertThat(rejection.field()).isEqualTo(field);
            assertThat(rejection.detail()).isEqualTo(detail);
        });
    }

    @Test
    void aValidSubmissionCarriesTheSniffedTypeAndTheDigestOfTheBytes() {
        SubmittedReport report = intake.check(new SubmissionForm("longting-gov-office-key", " longting-gov-office ",
                "2022", "2023-01-18", "https://www.longting.gov.cn/2023/01/nb.html", "file",
                "C:\\Users\\clerk\\年报\\longting-2022.txt", SAMPLE));
        assertThat(report.agency()).isEqualTo(TestAgencies.LONGTING);
        assertThat(report.reportYear()).isEqualTo(2022);
        assertThat(report.publishedOn()).isEqualTo(LocalDate.of(2023, 1, 18));
        assertThat(report.publicationUrl()).isEqualTo("https://www.longting.gov.cn/2023/01/nb.html");
        assertThat(report.document().fileName()).isEqualTo("longting-2022.txt");
        assertThat(report.document().type()).isEqualTo(DocumentType.TEXT_UTF8);
        assertThat(report.document().sha256()).isEqualTo(SAMPLE_SHA256);
        assertThat(report.document().sizeBytes()).isEqualTo(7415);
    }

    @Test
    void pastedTextWithoutAFileNameIsNamedAfterAgencyAndYear() {
        SubmittedReport report = intake.check(new SubmissionForm("kunwu-office-key", "kunwu-office", "2020", null,
                null, "text", null, "一、总体情况\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(report.document().fileName()).isEqualTo("kunwu-office-2020.txt");
    }

    @Test
    void aMissingKeyIs401() {
        assertRejected(() -> intake.check(form(null, "longting-gov-office", "2022", SAMPLE)),
                IntakeProblem.API_KEY_MISSING, "X-Api-Key", "请求头 X-Api-Key 缺少 API 密钥。");
    }

    @Test
    void anUnknownKeyIs401() {
        assertRejected(() -> intake.check(form("guess", "longting-gov-office", "2022", SAMPLE)),
                IntakeProblem.API_KEY_INVALID, "X-Api-Key", "请求头 X-Api-Key 中的 API 密钥无效。");
    }

    @Test
    void anUnknownAgencyIs400() {
        assertRejected(() -> intake.check(form("longting-gov-office-key", "longting", "2022", SAMPLE)),
                IntakeProblem.UNKNOWN_AGENCY, "agencyId", "agencyId「longting」不是已登记的报送机关。");
    }

    @Test
    void submittingForAnotherAgencyIs403() {
        assertRejected(() -> intake.check(form("kunwu-office-key", "longting-gov-office", "2022", SAMPLE)),
                IntakeProblem.AGENCY_MISMATCH, "agencyId",
                "API 密钥属于「昆吾街道办事处」，不能代「龙亭区人民政府办公室」（agencyId longting-gov-office）报送。");
    }

    @Test
    void theYearRunsFrom2008ToTheCurrentYear() {
        assertThat(intake.check(form("longting-gov-office-key", "longting-gov-office", "2008", SAMPLE)).reportYear())
                .isEqualTo(2008);
        assertThat(intake.check(form("longting-gov-office-key", "longting-gov-office", "2026", SAMPLE)).reportYear())
                .isEqualTo(2026);
        assertRejected(() -> intake.check(form("longting-gov-office-key", "longting-gov-office", "2007", SAMPLE)),
                IntakeProblem.REPORT_YEAR_OUT_OF_RANGE, "reportYear",
                "reportYear 2007 超出范围：报告年度须在 2008 至 2026 年之间。");
        assertRejected(() -> intake.check(form("longting-gov-office-key", "longting-gov-office", "2027", SAMPLE)),
                IntakeProblem.REPORT_YEAR_OUT_OF_RANGE, "reportYear",
                "reportYear 2027 超出范围：报告年度须在 2008 至 2026 年之间。");
    }

    @Test
    void aYearThatIsNotANumberIs400() {
        assertRejected(() -> intake.check(form("longting-gov-office-key", "longting-gov-office", "2022年", SAMPLE)),
                IntakeProblem.INVALID_REPORT_YEAR, "reportYear", "reportYear「2022年」不是四位数的年份。");
    }

    @Test
    void aMissingYearIs400() {
        assertRejected(() -> intake.check(form("longting-gov-office-key", "longting-gov-office", " ", SAMPLE)),
                IntakeProblem.FIELD_MISSING, "reportYear", "缺少 reportYear（报告年度）。");
    }

    @Test
    void aMalformedPublicationDateOrUrlIs400() {
        assertRejected(() -> intake.check(new SubmissionForm("longting-gov-office-key", "longting-gov-office", "2022",
                        "2023/01/18", null, "file", "a.txt", SAMPLE)),
                IntakeProblem.INVALID_PUBLISHED_ON, "publishedOn", "publishedOn「2023/01/18」不是 YYYY-MM-DD 格式的日期。");
        assertRejected(() -> intake.check(new SubmissionForm("longting-gov-office-key", "longting-gov-office", "2022",
                        null, "ftp://gov.cn/nb.txt", "file", "a.txt", SAMPLE)),
                IntakeProblem.INVALID_PUBLICATION_URL, "publicationUrl",
                "publicationUrl「ftp://gov.cn/nb.txt」不是以 http:// 或 https:// 开头的网址。");
    }

    @Test
    void anEmptyDocumentIs400() {
        assertRejected(() -> intake.check(form("longting-gov-office-key", "longting-gov-office", "2022", new byte[0])),
                IntakeProblem.EMPTY_DOCUMENT, "file", "file 为空（0 字节），请提交年度报告全文。");
    }

    @Test
    void aMissingDocumentIs400() {
        assertRejected(() -> intake.check(form("longting-gov-office-key", "longting-gov-office", "2022", null)),
                IntakeProblem.FIELD_MISSING, "file", "缺少 file（年度报告文件）。");
    }

    @Test
    void aDocumentOverTheLimitIs413() {
        assertRejected(() -> intake.check(form("longting-gov-office-key", "longting-gov-office", "2022",
                        new byte[10_001])),
                IntakeProblem.DOCUMENT_TOO_LARGE, "file", "file 过大（10001 字节）：单个报告最大 10000 字节。");
    }

    @Test
    void theLimitIsStatedInMegabytes() {
        assertThat(Intake.tooLarge("file", -1, 20L * 1024 * 1024).detail())
                .isEqualTo("file 过大（超过上限）：单个报告最大 20 MB。");
    }

    @Test
    void aFileNameOver255CharactersIs400NamingTheField() {
        String name = "年".repeat(252) + ".txt";
        assertRejected(() -> intake.check(new SubmissionForm("longting-gov-office-key", "longting-gov-office", "2022",
                        null, null, "file", "C:\\报送\\" + name, SAMPLE)),
                IntakeProblem.FILE_NAME_TOO_LONG, "file", "文件名过长（256 个字符）：请将文件名改短至 255 个字符以内后重新提交。");
        assertRejected(() -> intake.check(new SubmissionForm("longting-gov-office-key", "longting-gov-office", "2022",
                        null, null, "text", name, SAMPLE)),
                IntakeProblem.FILE_NAME_TOO_LONG, "fileName", "文件名过长（256 个字符）：请将文件名改短至 255 个字符以内后重新提交。");
        // the path before the name does not count
        assertThat(intake.check(new SubmissionForm("longting-gov-office-key", "longting-gov-office", "2022", null, null,
                "file", "D:/" + "目录/".repeat(100) + "年".repeat(251) + ".txt", SAMPLE)).document().fileName())
                .isEqualTo("年".repeat(251) + ".txt");
    }

    @Test
    void aDocumentOfAnotherTypeIs415() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
        assertRejected(() -> intake.check(form("longting-gov-office-key", "longting-gov-office", "2022", png)),
                IntakeProblem.UNSUPPORTED_DOCUMENT_TYPE, "file",
                "文件内容不是文本、HTML、Word 或 PDF。仅接受纯文本、HTML、Word（DOCX、DOC）和 PDF。");
    }

    @Test
    void identicalBytesForTheSameAgencyAndYearAreTheSameSubmission() {
        SubmissionKey first = intake.check(valid()).key();
        SubmissionKey again = intake.check(new SubmissionForm("longting-gov-office-key", "longting-gov-office", "2022",
                "2023-01-18", null, "text", "renamed.txt", SAMPLE.clone())).key();
        SubmissionKey otherYear = intake.check(form("longting-gov-office-key", "longting-gov-office", "2021", SAMPLE)).key();
        byte[] edited = Arrays.copyOf(SAMPLE, SAMPLE.length + 1);
        edited[SAMPLE.length] = '\n';
        SubmissionKey otherBytes = intake.check(form("longting-gov-office-key", "longting-gov-office", "2022", edited)).key();

        assertThat(again).isEqualTo(first)
                .isEqualTo(new SubmissionKey("longting-gov-office", 2022, SAMPLE_SHA256));
        assertThat(otherYear).isNotEqualTo(first);
        assertThat(otherBytes).isNotEqualTo(first);
    }
}
