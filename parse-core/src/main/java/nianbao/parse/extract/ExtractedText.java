package nianbao.parse.extract;

import java.util.Objects;
import nianbao.report.ContainerType;
import nianbao.report.Layout;

/**
 * A document rendered to normalised text: one line per paragraph, one line per table row with cells joined by TAB
 * (spanned cells repeated in every covered position, empty cells kept as empty strings).
 *
 * @param container  what the document was, by content sniffing
 * @param text       the rendered text, lines separated by '\n'
 * @param gridLayout HTML_TABLE, DOCX_TABLE or PDF_LAYOUT when real table grids were rendered into {@code text}, else null
 * @param openEnded  the document may stop inside its last line: a pasted or excerpted text with no line break after
 *                   it, a page cut inside a table row
 */
public record ExtractedText(ContainerType container, String text, Layout gridLayout, boolean openEnded) {

    public ExtractedText {
        Objects.requireNonNull(container, "container");
        Objects.requireNonNull(text, "text");
    }

    /** Open-ended when a text stops without a line break; an extracted document's lines are whole. */
    public ExtractedText(ContainerType container, String text, Layout gridLayout) {
        this(container, text, gridLayout, container == ContainerType.TEXT && !text.endsWith("\n"));
    }
}
