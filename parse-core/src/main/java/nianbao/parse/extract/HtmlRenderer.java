package nianbao.parse.extract;

import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Renders an HTML page: data tables as TAB-joined grid rows, everything else as one line per block.
 * The page is walked iteratively (jsoup's traversor), so absurdly deep nesting cannot overflow the stack, and the
 * deadline is checked at every node; jsoup's parse before the walk is linear in the bounded input.
 */
final class HtmlRenderer {

    private static final Set<String> DROPPED = Set.of("script", "style", "noscript", "template", "head", "iframe", "object", "svg");
    /** Elements that start and end a line of text. */
    private static final Set<String> BLOCKS = Set.of(
            "address", "article", "aside", "blockquote", "br", "caption", "center", "dd", "div", "dl", "dt", "fieldset",
            "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main",
            "nav", "ol", "p", "pre", "section", "table", "tbody", "td", "tfoot", "th", "thead", "title", "tr", "ul");

    private static final Pattern HIDDEN_STYLE =
            Pattern.compile("(display\\s*:\\s*none|visibility\\s*:\\s*hidden)", Pattern.CASE_INSENSITIVE);

    private HtmlRenderer() {
    }

    /** @return true if at least one data table was rendered as a grid */
    static boolean render(String html, BoundedText out) {
        Renderer renderer = new Renderer(out);
        NodeTraversor.filter(renderer, Jsoup.parse(html));
        renderer.flush();
        return renderer.renderedGrid;
    }

    /**
     * The page stops inside a table row (an excerpt, a cut download): its last table tag opens a row. The row's last
     * cell may then be cut, and more cells may have followed.
     */
    static boolean stopsInsideRow(String html) {
        for (int i = html.lastIndexOf('<'); i >= 0; i = i == 0 ? -1 : html.lastIndexOf('<', i - 1)) {
            if (isTag(html, i, "</tr") || isTag(html, i, "<table") || isTag(html, i, "</table")) return false;
            if (isTag(html, i, "<tr")) return true;
        }
        return false;
    }

    private static boolean isTag(String html, int at, String tag) {
        int end = at + tag.length();
        return html.regionMatches(true, at, tag, 0, tag.length())
                && (end == html.length() || html.charAt(end) == '>' || Character.isWhitespace(html.charAt(end)));
    }

    private static final class Renderer implements NodeFilter {
        private final BoundedText out;
        private final StringBuilder line = new StringBuilder();
        private boolean renderedGrid;

        Renderer(BoundedText out) {
            this.out = out;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            out.checkNotCancelled();
            if (node instanceof TextNode text) {
                line.append(text.getWholeText());
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element element)) {
                return FilterResult.CONTINUE;
            }
            String tag = element.normalName();
            if (DROPPED.contains(tag) || isHidden(element)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            if (BLOCKS.contains(tag)) {
                flush();
            }
            // A table holding other tables is page layout: its cells are read as ordinary blocks.
            if (tag.equals("table") && element.getElementsByTag("table").size() == 1) {
                renderGrid(element);
                return FilterResult.SKIP_ENTIRELY;
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                flush();
            }
            return FilterResult.CONTINUE;
        }

        void flush() {
            String text = CellText.oneLine(line.toString());
            line.setLength(0);
            if (!text.isEmpty()) {
                out.line(text);
            }
        }

        private void renderGrid(Element table) {
            var rows = table.select("tr");
            TableGrid grid = new TableGrid(rows.size(), out);
            for (Element row : rows) {
                grid.startRow();
                for (Element cell : row.children()) {
                    out.checkNotCancelled();
                    if ((cell.nameIs("td") || cell.nameIs("th")) && !isHidden(cell)) {
                        grid.cell(cellText(cell), span(cell, "colspan"), span(cell, "rowspan"));
                    }
                }
            }
            Element caption = table.selectFirst("caption");
            if (caption != null) {
                out.line(CellText.oneLine(caption.text()));
            }
            grid.writeTo();
            renderedGrid = true;
        }

        /** The cell's visible text on one line; {@code <br>} and {@code <p>} inside it become spaces. */
        private static String cellText(Element cell) {
            Element copy = cell.clone();
            copy.getAllElements().stream()
                    .filter(element -> element != copy && (DROPPED.contains(element.normalName()) || isHidden(element)))
                    .forEach(Element::remove);
            return CellText.oneLine(copy.text());
        }

        /** Text a browser does not show is not part of the report (and is a place to hide junk). */
        private static boolean isHidden(Element element) {
            return element.hasAttr("hidden")
                    || HIDDEN_STYLE.matcher(element.attr("style")).find();
        }

        /** The leading digits of a span attribute (browsers accept {@code "2px"}); absent or unreadable → 1. */
        private static int span(Element cell, String attribute) {
            String value = cell.attr(attribute).strip();
            int end = 0;
            while (end < value.length() && end < 6 && Character.isDigit(value.charAt(end))) {
                end++;
            }
            return end == 0 ? 1 : Integer.parseInt(value.substring(0, end));
        }
    }
}
