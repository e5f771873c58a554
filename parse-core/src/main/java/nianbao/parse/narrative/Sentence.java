package nianbao.parse.narrative;

import java.util.ArrayList;
import java.util.List;

/** A sentence of a prose line, [start, end) without its final punctuation, with its text and the counts in it. */
record Sentence(ProseLine line, int start, int end, String text, List<Count> counts) {

    /** How far back the words leading up to a count are read: every pattern on them looks back less far. */
    private static final int LEAD_REACH = 60;
    /** How far past a count its trailing words (`，占申请总数400件的66.25%`) are read. */
    private static final int AFTER_REACH = 40;

    static List<Sentence> of(ProseLine line) {
        List<Count> all = line.counts();
        List<Sentence> sentences = new ArrayList<>();
        int start = 0;
        int next = 0;
        while (start < line.text().length()) {
            int end = line.sentenceEnd(start);
            int first = next;
            while (next < all.size() && all.get(next).end() <= end) next++;
            if (end > start) {
                sentences.add(new Sentence(line, start, end, line.text().substring(start, end), all.subList(first, next)));
            }
            start = end + 1;
        }
        return sentences;
    }

    /**
     * The words leading up to a count: from the start of its clause, or from the end of the previous count in that
     * clause, to the count itself (at most {@link #LEAD_REACH} characters).
     */
    String lead(Count count) {
        int from = Math.max(Math.max(line.clauseStart(count.start()), start), count.start() - LEAD_REACH);
        int previous = previousCount(count);
        if (previous >= 0) from = Math.max(from, counts.get(previous).end());
        return line.text().substring(from, count.start());
    }

    /** The words following a count in the sentence (at most {@link #AFTER_REACH} characters). */
    String after(Count count) {
        return line.text().substring(count.end(), Math.min(end, count.end() + AFTER_REACH));
    }

    /** The index of the last count ending at or before {@code count} starts, or -1; counts are in text order. */
    private int previousCount(Count count) {
        int low = 0;
        int high = counts.size() - 1;
        int found = -1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (counts.get(mid).end() <= count.start()) {
                found = mid;
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return found;
    }
}
