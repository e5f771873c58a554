package nianbao.parse.containers;

import java.util.List;
import nianbao.parse.containers.ReportDocument.Block;
import nianbao.parse.containers.ReportDocument.Paragraph;
import nianbao.parse.containers.ReportDocument.SpanCell;
import nianbao.parse.containers.ReportDocument.Table;
import org.jsoup.nodes.Entities;

/**
 * Renders a document as a government web page: script and style in the page, a metadata line under the title,
 * tables with rowspan/colspan, {@code &nbsp;} for empty cells and {@code <br>} for line breaks inside cells.
 */
public final class HtmlWriter {

    private HtmlWriter() {
    }

    public static String write(ReportDocument document, List<String> metadataLines) {
        StringBuilder html = new StringBuilder("""
                <!DOCTYPE html>
                <html><head><meta charset="utf-8"><title>政府信息公开</title>
                <style>td { border: 1px solid #000; }</style>
                <script>var trackingLabel = "脚本文字不属于报告";</script>
                </head><body>
                <div class="nav">首页 &gt; 政府信息公开 &gt; 年度报告</div>
                """);
        List<Block> blocks = document.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof Paragraph paragraph) {
                html.append(i == 0 ? "<h1>" : "<p>").append(escape(paragraph.text())).append(i == 0 ? "</h1>\n" : "</p>\n");
            } else if (blocks.get(i) instanceof Table table) {
                appendTable(html, table);
            }
            if (i == 0) {
                html.append("<div class=\"info\">");
                metadataLines.forEach(line -> html.append("<span>").append(escape(line)).append("</span>&nbsp;&nbsp;"));
                html.append("</div>\n<script type=\"text/javascript\">document.write('不属于报告');</script>\n");
            }
        }
        return html.append("</body></html>\n").toString();
    }

    private static void appendTable(StringBuilder html, Table table) {
        html.append("<table border=\"1\" cellspacing=\"0\"><tbody>\n");
        for (List<SpanCell> row : table.rows()) {
            html.append("<tr>");
            for (SpanCell cell : row) {
                html.append("<td");
                if (cell.colSpan() > 1) {
                    html.append(" colspan=\"").append(cell.colSpan()).append('"');
                }
                if (cell.rowSpan() > 1) {
                    html.append(" rowspan=\"").append(cell.rowSpan()).append('"');
                }
                html.append("><p>");
                html.append(cell.text().isEmpty() ? "&nbsp;" : escape(cell.text()).replace("\n", "<br>"));
                html.append("</p></td>");
            }
            html.append("</tr>\n");
        }
        html.append("</tbody></table>\n");
    }

    private static String escape(String text) {
        return Entities.escape(text);
    }
}
