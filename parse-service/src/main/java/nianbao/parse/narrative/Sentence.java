package nianbao.parse.narrative;

import java.util.ArrayList;
import java.util.List;

/** A sentence of a prose line, [start, end) without its final punctuation, with its text and the counts in it. */
record Sentence(ProseLine line, int start, int end, String text, List<Count> counts) {

    static List<Sentence> of(ProseLine line) {
        List<Count> all = Count.in(line.text());
        List<Sentence> sentences = new ArrayList<>();
        int start = 0;
        while (start < line.text().length()) {
            int end = line.sentenceEnd(start);
            if (end > start) {
                final int from = start;
                sentences.add(new Sentence(line, start, end, line.text().substring(start, end), all.stream().filter(c -> c.start() >= from && c.end() <= end).toList()));
            }
            start = end + 1;
        }
        return sentences;
    }

    /**
     * The words leading up to a count: from the start of its clause, or from the end of the previous count in that
     * clause, to the count itself.
     */
    String lead(Count count) {
        int from = Math.max(line.clauseStart(count.start()), start);
        for (Count c : counts) {
            if (c.end() <= count.start() && c.end() > from) from = c.end();
        }
        return line.text().substring(from, count.start());
    }

    /** The text following a count up to the end of the sentence. */
    String after(Count count) {
        return line.text().substring(count.end(), end);
    }
}
