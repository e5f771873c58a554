package nianbao.parse.narrative;

import java.util.regex.Pattern;
import nianbao.report.SourceSpan;

/**
 * One line of the report with Word/HTML artefacts blanked out (`[bookmark: _GoBack]`, URLs in angle brackets) so
 * they neither match nor get quoted, while every column stays where it was. A paragraph is one line, so sentences
 * and clauses never cross lines.
 */
final class ProseLine {

    private static final Pattern ARTEFACT = Pattern.compile("\\[bookmark:[^\\]]*\\]|<https?://[^>]*>");
    private static final int SUBHEAD_MAX_LENGTH = 20;
    /** How far a clause boundary is looked for: keeps run-on garbage (a megabyte without a comma) linear. */
    private static final int CLAUSE_REACH = 200;

    private final int number;
    private final String text;
    private final boolean prose;

    ProseLine(int number, String raw) {
        this.number = number;
        boolean artefacts = raw.contains("[bookmark:") || raw.contains("<http");
        this.text = artefacts ? ARTEFACT.matcher(raw).replaceAll(m -> " ".repeat(m.group().length())) : raw;
        this.prose = text.indexOf('\t') < 0 && text.indexOf('|') < 0 && hasHan(text);
    }

    int number() {
        return number;
    }

    String text() {
        return text;
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
        String first = firstSentence().text();
        return first.length() <= SUBHEAD_MAX_LENGTH && Count.in(first).isEmpty();
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

    /** The text of [from, to) trimmed of whitespace, with its span. */
    Quote quote(int from, int to) {
        while (from < to && Character.isWhitespace(text.charAt(from))) from++;
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) to--;
        return new Quote(text.substring(from, to), new SourceSpan(number, from + 1, number, to + 1));
    }

    /** The clauses covering [from, to). */
    Quote clauses(int from, int to) {
        return quote(clauseStart(from), clauseEnd(Math.max(from, to - 1)));
    }

    /** Quoted text and where it stands. */
    record Quote(String text, SourceSpan span) {
    }
}
