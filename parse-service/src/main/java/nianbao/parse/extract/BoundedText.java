package nianbao.parse.extract;

import nianbao.parse.extract.UnreadableDocumentException.Reason;

/**
 * The rendered text under construction, one line at a time. Enforces the character limit and stops the work
 * as soon as the extraction's worker has been interrupted by the time budget.
 */
final class BoundedText {

    private final StringBuilder text = new StringBuilder();
    private final int maxChars;
    private boolean empty = true;

    BoundedText(int maxChars) {
        this.maxChars = maxChars;
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
     * Fails as {@link #line} would if {@code pending} more characters were added now: for a renderer that holds lines
     * back (a PDF page until its columns are known), so neither the limit nor the time budget waits for it.
     */
    void checkRoomFor(int pending) {
        if (Thread.currentThread().isInterrupted()) {
            throw new UnreadableDocumentException(Reason.TIMED_OUT, "extraction cancelled after the time budget");
        }
        if (text.length() + pending > maxChars) {
            throw new UnreadableDocumentException(Reason.TOO_MUCH_TEXT, "rendered text exceeds " + maxChars + " characters");
        }
    }

    String text() {
        return text.toString();
    }
}
