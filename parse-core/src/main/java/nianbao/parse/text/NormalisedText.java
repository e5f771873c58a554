package nianbao.parse.text;

import java.util.List;

/**
 * The text every span points into: BOM stripped, CRLF/CR turned into LF, characters otherwise kept as written
 * (label normalisation happens only when matching, see {@link Labels}).
 *
 * @param lines line i (1-based) at index i-1
 */
public record NormalisedText(String text, List<String> lines) {

    public NormalisedText {
        lines = List.copyOf(lines);
    }

    public static NormalisedText of(String raw) {
        String text = raw.startsWith("\uFEFF") ? raw.substring(1) : raw;
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        return new NormalisedText(text, List.of(text.split("\n", -1)));
    }
}
