package nianbao.ingest.intake;

/** The document formats the parser reads, with the media type recorded on {@code report-submitted}. */
public enum DocumentType {
    PDF("application/pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    /** Word 97–2003. */
    DOC("application/msword"),
    HTML("text/html"),
    TEXT_UTF8("text/plain; charset=UTF-8"),
    TEXT_GB18030("text/plain; charset=GB18030");

    private final String mediaType;

    DocumentType(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }
}
