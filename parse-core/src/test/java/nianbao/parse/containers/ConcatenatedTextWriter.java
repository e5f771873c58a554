package nianbao.parse.containers;

import java.util.StringJoiner;
import java.util.stream.Collectors;
import nianbao.parse.containers.ReportDocument.Block;
import nianbao.parse.containers.ReportDocument.Paragraph;
import nianbao.parse.containers.ReportDocument.SpanCell;
import nianbao.parse.containers.ReportDocument.Table;

/**
 * Renders a document as archived web text whose table markup was flattened away (domain-spec §7 "concatenated
 * digits"): each table row becomes its cells' texts run together, {@code 一、本年新收政府信息公开申请数量5000005};
 * a row-spanning label appears once, in its first row, as in the page source.
 */
public final class ConcatenatedTextWriter {

    private ConcatenatedTextWriter() {
    }

    public static String write(ReportDocument document) {
        StringJoiner text = new StringJoiner("\n", "", "\n");
        for (Block block : document.blocks()) {
            if (block instanceof Paragraph paragraph) {
                text.add(paragraph.text());
            } else if (block instanceof Table table) {
                table.rows().forEach(row -> text.add(row.stream().map(SpanCell::oneLine).collect(Collectors.joining())));
            }
        }
        return text.toString();
    }
}
