package nianbao.ingest.intake;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import nianbao.report.Sha256;
import nianbao.ingest.agencies.Agency;
import nianbao.ingest.agencies.AgencyRegistry;

/**
 * The intake checks, in the order a caller should learn about them: who is calling (401), for whom (400/403),
 * which year (400), then the document itself (400/413/415).
 */
public final class Intake {

    public static final String API_KEY_HEADER = "X-Api-Key";
    /** Longer names are no file system's (255 is the common limit) and would only fill the clerk's lists. */
    public static final int MAX_FILE_NAME_LENGTH = 255;
    /** The first year of reports under the 2008 政府信息公开条例. */
    public static final int FIRST_REPORT_YEAR = 2008;

    private final AgencyRegistry agencies;
    private final long maxDocumentBytes;
    private final Clock clock;

    public Intake(AgencyRegistry agencies, long maxDocumentBytes, Clock clock) {
        this.agencies = agencies;
        this.maxDocumentBytes = maxDocumentBytes;
        this.clock = clock;
    }

    public SubmittedReport check(SubmissionForm form) {
        Agency agency = authorize(form.apiKey(), form.agencyId());
        int year = reportYear(form.reportYear());
        LocalDate publishedOn = publishedOn(form.publishedOn());
        String publicationUrl = publicationUrl(form.publicationUrl());
        return new SubmittedReport(agency, year, publishedOn, publicationUrl, document(form, agency, year));
    }

    /** The agency whose key this is (401 problems when there is none or it matches no agency). */
    public Agency authenticate(String apiKey) {
        if (isBlank(apiKey)) {
            throw new IntakeRejection(IntakeProblem.API_KEY_MISSING, API_KEY_HEADER,
                    "请求头 " + API_KEY_HEADER + " 缺少 API 密钥。");
        }
        return agencies.holderOf(apiKey.strip()).orElseThrow(() -> new IntakeRejection(
                IntakeProblem.API_KEY_INVALID, API_KEY_HEADER, "请求头 " + API_KEY_HEADER + " 中的 API 密钥无效。"));
    }

    Agency authorize(String apiKey, String agencyId) {
        Agency holder = authenticate(apiKey);
        if (isBlank(agencyId)) {
            throw new IntakeRejection(IntakeProblem.FIELD_MISSING, "agencyId", "缺少 agencyId（报送机关）。");
        }
        Agency claimed = agencies.find(agencyId.strip()).orElseThrow(() -> new IntakeRejection(
                IntakeProblem.UNKNOWN_AGENCY, "agencyId", "agencyId「" + agencyId.strip() + "」不是已登记的报送机关。"));
        if (!claimed.id().equals(holder.id())) {
            throw new IntakeRejection(IntakeProblem.AGENCY_MISMATCH, "agencyId",
                    "API 密钥属于「" + holder.name() + "」，不能代「" + claimed.name() + "」（agencyId " + claimed.id()
                            + "）报送。");
        }
        return claimed;
    }

    int reportYear(String reportYear) {
        if (isBlank(reportYear)) {
            throw new IntakeRejection(IntakeProblem.FIELD_MISSING, "reportYear", "缺少 reportYear（报告年度）。");
        }
        int year;
        try {
            year = Integer.parseInt(reportYear.strip());
        } catch (NumberFormatException e) {
            throw new IntakeRejection(IntakeProblem.INVALID_REPORT_YEAR, "reportYear",
                    "reportYear「" + reportYear.strip() + "」不是四位数的年份。");
        }
        int current = Year.now(clock).getValue();
        if (year < FIRST_REPORT_YEAR || year > current) {
            throw new IntakeRejection(IntakeProblem.REPORT_YEAR_OUT_OF_RANGE, "reportYear",
                    "reportYear " + year + " 超出范围：报告年度须在 " + FIRST_REPORT_YEAR + " 至 " + current + " 年之间。");
        }
        return year;
    }

    static LocalDate publishedOn(String publishedOn) {
        if (isBlank(publishedOn)) return null;
        try {
            return LocalDate.parse(publishedOn.strip());
        } catch (DateTimeParseException e) {
            throw new IntakeRejection(IntakeProblem.INVALID_PUBLISHED_ON, "publishedOn",
                    "publishedOn「" + publishedOn.strip() + "」不是 YYYY-MM-DD 格式的日期。");
        }
    }

    static String publicationUrl(String publicationUrl) {
        if (isBlank(publicationUrl)) return null;
        String url = publicationUrl.strip();
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) return url;
        } catch (URISyntaxException e) {
            // reported below, like any other URL that is not http(s)
        }
        throw new IntakeRejection(IntakeProblem.INVALID_PUBLICATION_URL, "publicationUrl",
                "publicationUrl「" + url + "」不是以 http:// 或 https:// 开头的网址。");
    }

    private SubmittedReport.Document document(SubmissionForm form, Agency agency, int year) {
        String field = form.documentField();
        byte[] content = form.content();
        if (content == null) {
            throw new IntakeRejection(IntakeProblem.FIELD_MISSING, field, "缺少 " + field + "（年度报告"
                    + (field.equals("text") ? "正文" : "文件") + "）。");
        }
        if (content.length == 0) {
            throw new IntakeRejection(IntakeProblem.EMPTY_DOCUMENT, field, field + " 为空（0 字节），请提交年度报告全文。");
        }
        if (content.length > maxDocumentBytes) {
            throw tooLarge(field, content.length, maxDocumentBytes);
        }
        String name = lastSegment(form.fileName());
        if (name.length() > MAX_FILE_NAME_LENGTH) {
            // the JSON variant names the file in its own field; the upload carries it in the file part
            throw new IntakeRejection(IntakeProblem.FILE_NAME_TOO_LONG, field.equals("text") ? "fileName" : field,
                    "文件名过长（" + name.length() + " 个字符）：请将文件名改短至 " + MAX_FILE_NAME_LENGTH + " 个字符以内后重新提交。");
        }
        DocumentSniffer.Sniffed sniffed = DocumentSniffer.sniff(content);
        DocumentType type = sniffed.type().orElseThrow(() -> new IntakeRejection(IntakeProblem.UNSUPPORTED_DOCUMENT_TYPE,
                field, sniffed.refusal() + "。仅接受纯文本、HTML、Word（DOCX、DOC）和 PDF。"));
        return new SubmittedReport.Document(fileName(name, agency, year, type), type, Sha256.hex(content),
                content);
    }

    /**
     * Shared with the multipart layer, which refuses an oversized upload before it reaches {@link #check} and before
     * its size is known: {@code sizeBytes} is then negative.
     */
    public static IntakeRejection tooLarge(String field, long sizeBytes, long maxDocumentBytes) {
        String size = sizeBytes < 0 ? "超过上限" : sizeBytes + " 字节";
        return new IntakeRejection(IntakeProblem.DOCUMENT_TOO_LARGE, field,
                field + " 过大（" + size + "）：单个报告最大 " + readable(maxDocumentBytes) + "。");
    }

    /** The name without any path (some browsers send the client's full path); empty when none is given. */
    static String lastSegment(String given) {
        if (isBlank(given)) return "";
        String name = given.strip();
        return name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
    }

    /** The given name's last segment, or one made of agency, year and type when there is none. */
    static String fileName(String lastSegment, Agency agency, int year, DocumentType type) {
        if (!lastSegment.isBlank()) return lastSegment;
        return agency.id() + "-" + year + "." + switch (type) {
            case PDF -> "pdf";
            case DOCX -> "docx";
            case DOC -> "doc";
            case HTML -> "html";
            case TEXT_UTF8, TEXT_GB18030 -> "txt";
        };
    }

    private static String readable(long bytes) {
        long mebibyte = 1024 * 1024;
        return bytes % mebibyte == 0 ? bytes / mebibyte + " MB" : bytes + " 字节";
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
