package nianbao.parse.narrative;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import nianbao.parse.text.Whitespace;
import nianbao.report.SourceSpan;

/**
 * One line of the report with Word/HTML artefacts blanked out (`[bookmark: _GoBack]`, URLs in angle brackets) so
 * they neither match nor get quoted, read without the spaces PDF extraction put between characters
 * ({@link ReadingText}). Indices are into the text read; quotes and spans give the line as written. A paragraph is one
 * line, so sentences and clauses never cross lines.
 */
final class ProseLine {

    private static final Pattern ARTEFACT = Pattern.compile("\\[bookmark:[^\\]]*\\]|<https?://[^>]*>");
    private static final int SUBHEAD_MAX_LENGTH = 20;
    /** How far a clause boundary is looked for: keeps run-on garbage (a megabyte without a comma) linear. */
    private static final int CLAUSE_REACH = 200;

    private final int number;
    private final String written;
    private final ReadingText reading;
    private final String text;
    private final boolean prose;
    /** Where, in the line as written, the text of a following source line starts (a wrapped line joined on). */
    private final int[] seams;
    private final boolean opensInsideFigure;
    private List<Count> counts;
    /** {@link #opensWithSubhead()}, once asked: the sentence and document readers both ask it of every line. */
    private Boolean opensWithSubhead;

    /**
     * @param seams ascending indices into {@code raw} where the line joins on another source line
     * @param opensInsideFigure the line before ends in a digit and this one opens with one: a line break not undone
     *                          (not known to be a wrap) may split a figure there
     */
    ProseLine(int number, String raw, int[] seams, boolean opensInsideFigure) {
        this.number = number;
        boolean artefacts = raw.contains("[bookmark:") || raw.contains("<http");
        this.written = artefacts ? ARTEFACT.matcher(raw).replaceAll(m -> " ".repeat(m.group().length())) : raw;
        this.prose = written.indexOf('\t') < 0 && written.indexOf('|') < 0 && hasHan(written);
        this.reading = prose ? ReadingText.of(written) : null;
        this.text = prose ? reading.text() : written;
        this.seams = seams;
        this.opensInsideFigure = opensInsideFigure;
    }

    int number() {
        return number;
    }

    /** The line as read (see the class comment); every index of this class is into it. */
    String text() {
        return text;
    }

    /**
     * The counts of the line, those whose number a space or a joined line break splits uncertain, and so the one
     * opening the line when the line before ends in a digit ({@code 申请1} / {@code 2件…}: 2, or the end of 12).
     */
    List<Count> counts() {
        if (counts != null) return counts;
        counts = Count.in(text, seams.length == 0 ? at -> false : this::seamBefore);
        if (opensInsideFigure && !counts.isEmpty() && counts.get(0).start() == Whitespace.leading(text)) {
            Count first = counts.get(0);
            counts = new ArrayList<>(counts);
            counts.set(0, new Count(first.value(), first.unit(), first.approximate(), false, first.start(), first.end()));
        }
        return counts;
    }

    /** The line's last character that is not whitespace is a digit (half- or full-width). */
    static boolean endsInDigit(String line) {
        int end = Whitespace.trimmedEnd(line);
        return end > 0 && Numerals.isArabicDigit(line.charAt(end - 1));
    }

    /** The line's first character that is not whitespace is a digit (half- or full-width). */
    static boolean opensWithDigit(String line) {
        int start = Whitespace.leading(line);
        return start < line.length() && Numerals.isArabicDigit(line.charAt(start));
    }

    /** Whether a joined source line starts between the characters read at {@code at - 1} and {@code at}. */
    private boolean seamBefore(int at) {
        int before = writtenIndex(at - 1);
        int here = writtenIndex(at);
        for (int seam : seams) {
            if (seam > before && seam <= here) return true;
        }
        return false;
    }

    /** The index in the text read of the first character written at or after 0-based column {@code column}. */
    int indexAtColumn(int column) {
        return reading == null ? column : reading.readIndex(column);
    }

    private int writtenIndex(int at) {
        return reading == null ? at : reading.writtenIndex(at, written.length());
    }

    /** A table row or cell, not prose: tab- or pipe-separated, or without any Chinese character. */
    boolean isProse() {
        return prose;
    }

    /** Any Han character; the CJK Unified Ideographs block and everything below U+2E80 are decided without a lookup. */
    private static boolean hasHan(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u4E00' && c <= '\u9FFF') return true;
            if (c < '\u2E80') continue;
            int codePoint = text.codePointAt(i);
            if (Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN) return true;
            if (Character.isSupplementaryCodePoint(codePoint)) i++;
        }
        return false;
    }

    /**
     * Whether the line starts with a sub-head: a short first sentence stating no figure (（一）主动公开情况 /
     * 主动公开情况： / 一是主动公开情况。 / 2、主动公开情况, but not 其中予以公开6件，部分公开4件。).
     */
    boolean opensWithSubhead() {
        if (opensWithSubhead == null) {
            String first = text.substring(0, sentenceEnd(0)).strip();
            opensWithSubhead = first.length() <= SUBHEAD_MAX_LENGTH && Count.in(first, at -> false).isEmpty();
        }
        return opensWithSubhead;
    }

    Quote firstSentence() {
        return quote(0, sentenceEnd(0));
    }

    /** The end of the sentence holding {@code index}: its final punctuation, or the end of the line. */
    int sentenceEnd(int index) {
        for (int i = index; i < text.length(); i++) {
            if (isSentenceEnd(text.charAt(i))) return i;
        }
        return text.length();
    }

    /** The start of the clause holding {@code index}, at most {@link #CLAUSE_REACH} characters back. */
    int clauseStart(int index) {
        int limit = Math.max(0, index - CLAUSE_REACH);
        for (int i = index - 1; i >= limit; i--) {
            if (isClauseEnd(text.charAt(i))) return i + 1;
        }
        return limit;
    }

    /** The end of the clause holding {@code index}, at most {@link #CLAUSE_REACH} characters on. */
    int clauseEnd(int index) {
        int limit = Math.min(text.length(), index + CLAUSE_REACH);
        for (int i = index; i < limit; i++) {
            if (isClauseEnd(text.charAt(i))) return i;
        }
        return limit;
    }

    private static boolean isSentenceEnd(char c) {
        return switch (c) {
            case '。', '！', '？', '!', '?' -> true;
            default -> false;
        };
    }

    /** Sentence ends, commas, semicolons, colons and the enumeration comma. */
    private static boolean isClauseEnd(char c) {
        return switch (c) {
            case '。', '！', '？', '!', '?', '，', ',', '；', ';', '：', ':', '、' -> true;
            default -> false;
        };
    }

    /** The text of [from, to) trimmed of whitespace, with its span, as written. */
    Quote quote(int from, int to) {
        while (from < to && Character.isWhitespace(text.charAt(from))) from++;
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) to--;
        int start = writtenIndex(from);
        int end = to > from ? writtenIndex(to - 1) + 1 : start;
        return new Quote(written.substring(start, end), new SourceSpan(number, start + 1, number, end + 1));
    }

    /** The clauses covering [from, to). */
    Quote clauses(int from, int to) {
        return quote(clauseStart(from), clauseEnd(Math.max(from, to - 1)));
    }

    /** Quoted text and where it stands. */
    record Quote(String text, SourceSpan span) {
    }
}
