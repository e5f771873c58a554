package nianbao.parse.extract;

import java.util.Objects;

/** The document cannot be read as a report; {@link #reason()} says why, the message gives the detail. */
public class UnreadableDocumentException extends RuntimeException {

    /** Why a document was refused. */
    public enum Reason { EMPTY, TOO_LARGE, TOO_MUCH_TEXT, TIMED_OUT, ENCRYPTED, CORRUPT, ZIP_BOMB, NOT_A_REPORT }

    private final Reason reason;

    public UnreadableDocumentException(Reason reason, String message) {
        this(reason, message, null);
    }

    public UnreadableDocumentException(Reason reason, String message, Throwable cause) {
        super(reason + ": " + message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public Reason reason() {
        return reason;
    }
}
