package nianbao.parse.extract;

import nianbao.parse.extract.UnreadableDocumentException.Reason;

/**
 * The rendered text under construction, one line at a time. Enforces the character limit, and stops the work as soon
 * as the extraction's deadline has passed or its worker has been interrupted: renderers call
 * {@link #checkNotCancelled} wherever a library hands control back to them, so a cancelled extraction really ends
 * instead of running on unobserved.
 */
final class BoundedText {

    private final StringBuilder text = new StringBuilder();
    private final int maxChars;
    /** {@link System#nanoTime} at which the time budget ends. */
    private final long deadline;
    private boolean empty = true;

    BoundedText(int maxChars, long deadline) {
        this.maxChars = maxChars;
        this.deadline = deadline;
    }

    void line(String line) {
        checkRoomFor(line.length() + 1);
        // Counting lines, not characters: leading empty lines keep their place, so line numbers match the source.
        if (!empty) {
            text.append('\n');
        }
        empty = false;
        text.append(line);
    }

    /**
     * A Word paragraph: each manual line break (LF in a DOCX's text, CR or VT in a .doc's) starts a line, as it does on
     * the page; lines left empty are dropped.
     */
    void paragraph(String paragraph) {
        for (String line : paragraph.split("[\\r\\n\\u000B]")) {
            String text = CellText.keepingTabs(line);
            if (!text.isEmpty()) {
                line(text);
            }
        }
    }

    /**
     * Fails as {@link #line} would if {@code pending} more characters were added now: for a renderer that holds lines
     * back (a PDF page until its columns are known), so neither the limit nor the time budget waits for it.
     */
    void checkRoomFor(int pending) {
        checkNotCancelled();
        if (text.length() + pending > maxChars) {
            throw tooMuchText();
        }
    }

    /** Throws TIMED_OUT once the deadline has passed or the worker was interrupted (the caller gave up). */
    void checkNotCancelled() {
        if (Thread.currentThread().isInterrupted() || System.nanoTime() - deadline >= 0) {
            throw new UnreadableDocumentException(Reason.TIMED_OUT, "extraction cancelled at the end of its time budget");
        }
    }

    /** For a renderer that sees more than {@code maxChars} characters coming before they reach {@link #line}. */
    UnreadableDocumentException tooMuchText() {
        return new UnreadableDocumentException(Reason.TOO_MUCH_TEXT, "rendered text exceeds " + maxChars + " characters");
    }

    int maxChars() {
        return maxChars;
    }

    String text() {
        return text.toString();
    }
}
