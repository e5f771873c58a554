package nianbao.parse.narrative;

import nianbao.parse.text.Whitespace;

/**
 * A prose line as it is read: the single spaces that PDF extraction of justified text leaves between characters
 * (`收到政府 信息公开申请`, `收 到 申 请 1 6 件`) dropped, each remaining character remembering its index in the
 * line as written.
 *
 * <p>Such a space carries no meaning in Chinese prose, so it goes wherever a Chinese character stands beside it. On a
 * letter-spaced line (three gaps out of four between characters are one space) every single space goes, digits'
 * too: the spacing there says nothing. Elsewhere a space between two ASCII characters stays, Latin words being
 * spaced, and so does one between two digits: `1 6件` may be 16 or two figures, which {@link Count} marks as uncertain
 * rather than deciding. Runs of two or more spaces (columns, indentation) always stay.
 */
final class ReadingText {

    private final String text;
    /** Index in the line as written of each character of {@link #text}; null when nothing was dropped. */
    private final int[] written;

    private ReadingText(String text, int[] written) {
        this.text = text;
        this.written = written;
    }

    static ReadingText of(String line) {
        int first = 0;
        while (first < line.length() && !isStraySpace(line, first, true)) first++;
        if (first == line.length()) return new ReadingText(line, null);
        boolean letterSpaced = letterSpaced(line);
        StringBuilder read = null;
        int[] index = null;
        for (int i = first; i < line.length(); i++) {
            boolean dropped = isStraySpace(line, i, letterSpaced);
            if (dropped && read == null) {
                read = new StringBuilder(line.length()).append(line, 0, i);
                index = new int[line.length()];
                for (int k = 0; k < i; k++) index[k] = k;
            }
            if (dropped || read == null) continue;
            index[read.length()] = i;
            read.append(line.charAt(i));
        }
        return read == null ? new ReadingText(line, null) : new ReadingText(read.toString(), index);
    }

    /** The line as read. */
    String text() {
        return text;
    }

    /** The index in the written line of the character read at {@code readIndex} (the line's end past the last). */
    int writtenIndex(int readIndex, int writtenLength) {
        if (written == null) return readIndex;
        return readIndex < text.length() ? written[readIndex] : writtenLength;
    }

    /** The index in the text read of the first character written at or after {@code writtenIndex}. */
    int readIndex(int writtenIndex) {
        if (written == null) return writtenIndex;
        int low = 0;
        int high = text.length();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (written[mid] < writtenIndex) low = mid + 1;
            else high = mid;
        }
        return low;
    }

    /** A single whitespace character between two others that the rules above drop. */
    private static boolean isStraySpace(String line, int i, boolean letterSpaced) {
        if (i == 0 || i + 1 >= line.length() || !Whitespace.is(line.charAt(i))) return false;
        char before = line.charAt(i - 1);
        char after = line.charAt(i + 1);
        if (Whitespace.is(before) || Whitespace.is(after)) return false;
        if (letterSpaced) return true;
        return !(before < 0x80 && after < 0x80) && !(Numerals.isArabicDigit(before) && Numerals.isArabicDigit(after));
    }

    /** Three gaps out of four between neighbouring characters are a single space (and there are a few of them). */
    private static boolean letterSpaced(String line) {
        int single = 0;
        int gaps = 0;
        int i = Whitespace.leading(line);
        while (i < line.length()) {
            int next = i + 1;
            while (next < line.length() && Whitespace.is(line.charAt(next))) next++;
            if (next == line.length()) break;
            gaps++;
            if (next == i + 2) single++;
            i = next;
        }
        return gaps >= 4 && single * 4 >= gaps * 3;
    }
}
