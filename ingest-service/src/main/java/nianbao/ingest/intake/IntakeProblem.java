package nianbao.ingest.intake;

/** Every reason a submission is refused, with its HTTP status and the stable slug of its RFC 9457 problem type. */
public enum IntakeProblem {
    API_KEY_MISSING(401, "api-key-missing", "API key missing"),
    API_KEY_INVALID(401, "api-key-invalid", "API key not recognised"),
    FIELD_MISSING(400, "field-missing", "Required field missing"),
    UNKNOWN_AGENCY(400, "unknown-agency", "Unknown agency"),
    AGENCY_MISMATCH(403, "agency-mismatch", "API key belongs to another agency"),
    INVALID_REPORT_YEAR(400, "invalid-report-year", "Report year is not a year"),
    REPORT_YEAR_OUT_OF_RANGE(400, "report-year-out-of-range", "Report year out of range"),
    INVALID_PUBLISHED_ON(400, "invalid-published-on", "Publication date is not an ISO date"),
    INVALID_PUBLICATION_URL(400, "invalid-publication-url", "Publication URL is not an http(s) URL"),
    EMPTY_DOCUMENT(400, "empty-document", "Document is empty"),
    FILE_NAME_TOO_LONG(400, "file-name-too-long", "File name too long"),
    DOCUMENT_TOO_LARGE(413, "document-too-large", "Document too large"),
    UNSUPPORTED_DOCUMENT_TYPE(415, "unsupported-document-type", "Document type not accepted");

    private final int status;
    private final String slug;
    private final String title;

    IntakeProblem(int status, String slug, String title) {
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }
}
