package nianbao.parse.extract;

import java.util.Objects;

/** The document cannot be read as a report; {@link #reason()} says why, the message gives the detail. */
public class UnreadableDocumentException extends RuntimeException {

    /** Why a document was refused. */
    public enum Reason { EMPTY, TOO_LARGE, TOO_MUCH_TEXT, TIMED_OUT, ENCRYPTED, CORRUPT, ZIP_BOMB, NOT_A_REPORT }

    private final Reason reason;
    private final String detail;

    public UnreadableDocumentException(Reason reason, String detail) {
        this(reason, detail, null);
    }

    /** The message is {@code "<REASON>: <detail>"}. */
    public UnreadableDocumentException(Reason reason, String detail, Throwable cause) {
        super(reason + ": " + detail, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.detail = detail;
    }

    public Reason reason() {
        return reason;
    }

    /** What went wrong, without the reason. */
    public String detail() {
        return detail;
    }
}
