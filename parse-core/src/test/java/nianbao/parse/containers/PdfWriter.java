package nianbao.parse.containers;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import nianbao.parse.containers.ReportDocument.Block;
import nianbao.parse.containers.ReportDocument.Paragraph;
import nianbao.parse.containers.ReportDocument.SpanCell;
import nianbao.parse.containers.ReportDocument.Table;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Renders a document as a PDF the way office software prints it: text at positions, no table structure. Table cells
 * sit in columns, a row-spanning cell is printed once, empty cells print nothing, paragraphs wrap, and every page
 * carries a page-number footer. The {@link Style} chooses how a word processor would have laid the document out.
 * Needs a font with CJK glyphs (see {@link #cjkFont()}).
 */
public final class PdfWriter {

    /**
     * Debian packages fonts-wqy-microhei, fonts-wqy-zenhei, fonts-arphic-uming: TrueType outlines, which PDFBox
     * embeds (fonts-noto-cjk has CFF outlines, which PDType0Font cannot embed).
     */
    private static final List<Path> CJK_FONTS = List.of(
            Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
            Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
            Path.of("/usr/share/fonts/truetype/arphic/uming.ttc"));
    private static final PDRectangle LANDSCAPE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    private static final float MARGIN = 40;
    private static final float TEXT_SIZE = 10;
    private static final float MAX_TABLE_SIZE = 9;
    /** Cell padding on each side, in em. */
    private static final float PADDING_EM = 0.75f;
    private static final float LINE_HEIGHT = 1.6f;
    /** The lowest baseline of body text: the footer sits below it. */
    private static final float BOTTOM = MARGIN + 2 * TEXT_SIZE;
    /** Word's line-breaking rules for Chinese (kinsoku): these never open or close a line. */
    private static final String NO_LINE_START = "，。、；：？！）》」』”’%,.;:?!)";
    private static final String NO_LINE_END = "（《「『“‘(";
    private static final Pattern VALUE = Pattern.compile("\\d+(\\.\\d+)?");

    private PdfWriter() {
    }

    public static Optional<Path> cjkFont() {
        return CJK_FONTS.stream().filter(Files::isReadable).findFirst();
    }

    /** Where a cell's text stands in its cell (all its rows, for a row-spanning cell): office software does either, per table style. */
    public enum VerticalAlign { TOP, MIDDLE }

    /** The page-number footer. */
    public enum Footer {
        DASHES, PAGE_OF_PAGES;

        String text(int page, int pages) {
            return this == DASHES ? "-" + page + "-" : "第" + page + "页 共" + pages + "页";
        }
    }

    /**
     * How the document is laid out.
     *
     * @param textSize the size of paragraph text
     * @param labelShare 0: every column as wide as its widest cell, so that no cell wraps (on a landscape page);
     *                   else the table spans the text width, its label columns (left of the first figure) share this
     *                   part of it in proportion to their text, the value columns the rest equally, and text wraps
     *                   inside its cell
     * @param runningHeader printed at the top of every page (a report title or agency name), or null
     * @param repeatHeaderRows a table broken by a page end prints its header rows (those above its first figure)
     *                         again at the top of the next page
     */
    public record Style(PDRectangle page, float textSize, float labelShare, VerticalAlign align, String runningHeader,
                        boolean repeatHeaderRows, Footer footer) {

        /** Columns fitted to their text on landscape A4, {@code -N-} footers. */
        public static final Style FITTED = new Style(LANDSCAPE, TEXT_SIZE, 0, VerticalAlign.TOP, null, false, Footer.DASHES);

        /**
         * As government documents are printed from Word: portrait A4, text in 三号 (16 pt, GB/T 9704), a table across
         * the page with its label columns on 30 % of it.
         */
        public static Style wrapped(VerticalAlign align) {
            return new Style(PDRectangle.A4, 16, 0.3f, align, null, false, Footer.DASHES);
        }

        public Style aligned(VerticalAlign newAlign) {
            return new Style(page, textSize, labelShare, newAlign, runningHeader, repeatHeaderRows, footer);
        }

        public Style paged(String newRunningHeader, boolean newRepeatHeaderRows, Footer newFooter) {
            return new Style(page, textSize, labelShare, align, newRunningHeader, newRepeatHeaderRows, newFooter);
        }

        boolean fitted() {
            return labelShare == 0;
        }
    }

    public static byte[] write(ReportDocument document, Path fontFile) {
        return write(document, fontFile, Style.FITTED);
    }

    public static byte[] write(ReportDocument document, Path fontFile, Style style) {
        try (TrueTypeCollection collection = new TrueTypeCollection(fontFile.toFile());
             PDDocument pdf = new PDDocument();
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            AtomicReference<TrueTypeFont> first = new AtomicReference<>();
            collection.processAllFonts(font -> first.compareAndSet(null, font));
            PDType0Font font = PDType0Font.load(pdf, first.get(), true);
            Layout layout = new Layout(new Glyphs(font, first.get()), style);
            for (Block block : document.blocks()) {
                if (block instanceof Paragraph paragraph) {
                    layout.paragraph(paragraph.text());
                } else if (block instanceof Table table) {
                    layout.table(table);
                }
            }
            draw(pdf, font, layout, style);
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Text to print at a position of a page (0-based). */
    private record Run(int page, float x, float y, float size, String text) {
    }

    /** A line of a table row: where a cell's text line may go. */
    private record Slot(int page, float y) {
    }

    private static void draw(PDDocument pdf, PDType0Font font, Layout layout, Style style) throws IOException {
        Glyphs glyphs = layout.glyphs;
        int pages = layout.page + 1;
        for (int p = 0; p < pages; p++) {
            PDPage page = new PDPage(style.page());
            pdf.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                for (Run run : layout.runs) {
                    if (run.page() == p) show(content, font, run);
                }
                if (style.runningHeader() != null) {
                    String header = glyphs.printable(style.runningHeader());
                    float x = (style.page().getWidth() - glyphs.width(header, MAX_TABLE_SIZE)) / 2;
                    show(content, font, new Run(p, x, style.page().getHeight() - MARGIN * 0.6f, MAX_TABLE_SIZE, header));
                }
                String footer = style.footer().text(p + 1, pages);
                float x = (style.page().getWidth() - glyphs.width(footer, TEXT_SIZE)) / 2;
                show(content, font, new Run(p, x, MARGIN / 2, TEXT_SIZE, footer));
            }
        }
    }

    private static void show(PDPageContentStream content, PDType0Font font, Run run) throws IOException {
        if (run.text().isEmpty()) {
            return;
        }
        content.beginText();
        content.setFont(font, run.size());
        content.newLineAtOffset(run.x(), run.y());
        content.showText(run.text());
        content.endText();
    }

    /** Widths and the characters the font can print. */
    private record Glyphs(PDType0Font font, TrueTypeFont ttf) {

        float width(String text, float size) throws IOException {
            return font.getStringWidth(text) / 1000 * size;
        }

        /** Characters the font has no glyph for would make PDFBox throw; a report font substitutes '?'. */
        String printable(String text) throws IOException {
            StringBuilder printable = new StringBuilder();
            for (int cp : text.codePoints().toArray()) {
                boolean hasGlyph = ttf.getUnicodeCmapLookup().getGlyphId(cp) > 0;
                printable.appendCodePoint(hasGlyph ? cp : '?');
            }
            return printable.toString();
        }

        /**
         * The text in lines no wider than the width, broken between characters as Word breaks Chinese text: never
         * inside a run of Latin letters and digits (a figure stays whole), never before closing or after opening
         * punctuation; a run wider than the line is broken where it must.
         */
        List<String> wrap(String text, float width, float size) throws IOException {
            List<String> lines = new ArrayList<>();
            int start = 0;
            while (start < text.length()) {
                int end = start + 1;
                while (end < text.length() && width(text.substring(start, end + 1), size) <= width) {
                    end++;
                }
                if (end < text.length()) {
                    int at = end;
                    while (at > start + 1 && !breakable(text, at)) at--;
                    if (breakable(text, at)) end = at;
                }
                lines.add(text.substring(start, end));
                start = end;
            }
            return lines;
        }

        private static boolean breakable(String text, int at) {
            char before = text.charAt(at - 1);
            char after = text.charAt(at);
            boolean word = Character.isLetterOrDigit(before) && before < 0x2E80 && Character.isLetterOrDigit(after) && after < 0x2E80;
            return !word && NO_LINE_START.indexOf(after) < 0 && NO_LINE_END.indexOf(before) < 0;
        }
    }

    /** Places the document's text on pages: the runs, and the page and baseline of the last line placed. */
    private static final class Layout {
        private final Glyphs glyphs;
        private final Style style;
        private final List<Run> runs = new ArrayList<>();
        private int page;
        private float y;

        Layout(Glyphs glyphs, Style style) {
            this.glyphs = glyphs;
            this.style = style;
            this.y = top();
        }

        void paragraph(String text) throws IOException {
            float size = style.textSize();
            for (String line : glyphs.wrap(glyphs.printable(text), style.page().getWidth() - 2 * MARGIN, size)) {
                Slot slot = lines(1, size).get(0);
                runs.add(new Run(slot.page(), MARGIN, slot.y(), size, line));
            }
        }

        void table(Table table) throws IOException {
            List<List<int[]>> origins = table.origins();
            float size = style.fitted() ? fittedSize(table, origins) : MAX_TABLE_SIZE;
            List<Float> widths = style.fitted() ? fittedWidths(table, origins, size) : spreadWidths(table, origins, size);
            List<List<List<String>>> texts = new ArrayList<>();
            for (int r = 0; r < table.rows().size(); r++) {
                List<List<String>> rowTexts = new ArrayList<>();
                for (int i = 0; i < table.rows().get(r).size(); i++) {
                    SpanCell cell = table.rows().get(r).get(i);
                    rowTexts.add(cellLines(cell, span(widths, origins.get(r).get(i)[1], cell.colSpan()), size));
                }
                texts.add(rowTexts);
            }
            int[] heights = heights(table, texts);
            int headerRows = headerRows(table);
            List<List<Slot>> slots = new ArrayList<>();
            for (int r = 0; r < table.rows().size(); r++) {
                if (y - heights[r] * size * LINE_HEIGHT < BOTTOM && y < top()) {
                    newPage();
                    if (style.repeatHeaderRows() && r >= headerRows) {
                        List<List<Slot>> again = new ArrayList<>();
                        for (int h = 0; h < headerRows; h++) again.add(lines(heights[h], size));
                        print(table, origins, widths, texts, again, size);
                    }
                }
                slots.add(lines(heights[r], size));
            }
            print(table, origins, widths, texts, slots, size);
        }

        /**
         * Each row's lines: as many as its tallest one-row cell needs; a row-spanning cell that needs more lines than
         * its rows have deepens its last row.
         */
        private static int[] heights(Table table, List<List<List<String>>> texts) {
            int rows = table.rows().size();
            int[] heights = new int[rows];
            Arrays.fill(heights, 1);
            for (boolean spanning : new boolean[] {false, true}) {
                for (int r = 0; r < rows; r++) {
                    for (int i = 0; i < table.rows().get(r).size(); i++) {
                        int last = Math.min(rows, r + table.rows().get(r).get(i).rowSpan()) - 1;
                        if ((last > r) != spanning) continue;
                        int deficit = texts.get(r).get(i).size();
                        for (int rr = r; rr < last; rr++) deficit -= heights[rr];
                        heights[last] = Math.max(heights[last], deficit);
                    }
                }
            }
            return heights;
        }

        /** Prints the cells of the rows that have slots. */
        private void print(Table table, List<List<int[]>> origins, List<Float> widths, List<List<List<String>>> texts,
                           List<List<Slot>> slots, float size) {
            for (int r = 0; r < slots.size(); r++) {
                for (int i = 0; i < table.rows().get(r).size(); i++) {
                    SpanCell cell = table.rows().get(r).get(i);
                    int column = origins.get(r).get(i)[1];
                    float x = MARGIN + span(widths, 0, column) + PADDING_EM * size;
                    List<Slot> cellSlots = new ArrayList<>();
                    for (int rr = r; rr < Math.min(slots.size(), r + cell.rowSpan()); rr++) cellSlots.addAll(slots.get(rr));
                    List<String> lines = texts.get(r).get(i);
                    // A cell broken by the page end keeps its text at its top, on as many pages as it needs.
                    boolean onePage = cellSlots.get(0).page() == cellSlots.get(cellSlots.size() - 1).page();
                    float shift = style.align() == VerticalAlign.MIDDLE && onePage
                            ? (cellSlots.size() - lines.size()) / 2f * size * LINE_HEIGHT : 0;
                    for (int l = 0; l < lines.size() && l < cellSlots.size(); l++) {
                        Slot slot = onePage ? new Slot(cellSlots.get(0).page(), cellSlots.get(0).y() - shift
                                - l * size * LINE_HEIGHT) : cellSlots.get(l);
                        runs.add(new Run(slot.page(), x, slot.y(), size, lines.get(l)));
                    }
                }
            }
        }

        private List<String> cellLines(SpanCell cell, float width, float size) throws IOException {
            if (style.fitted()) {
                return List.of(glyphs.printable(cell.oneLine()));
            }
            List<String> lines = new ArrayList<>();
            for (String paragraph : cell.text().split("\n")) {
                lines.addAll(glyphs.wrap(glyphs.printable(paragraph), width - 2 * PADDING_EM * size, size));
            }
            return lines.isEmpty() ? List.of("") : lines;
        }

        /** The next lines on the page, on a new page when they do not fit. */
        private List<Slot> lines(int count, float size) {
            if (y - count * size * LINE_HEIGHT < BOTTOM && y < top()) {
                newPage();
            }
            List<Slot> slots = new ArrayList<>();
            for (int l = 0; l < count; l++) {
                y -= size * LINE_HEIGHT;
                slots.add(new Slot(page, y));
            }
            return slots;
        }

        private void newPage() {
            page++;
            y = top();
        }

        private float top() {
            return style.page().getHeight() - MARGIN;
        }

        /** Each column as wide as its widest one-column cell, widened where a spanning cell needs more. */
        private float fittedSize(Table table, List<List<int[]>> origins) throws IOException {
            float total = (float) fittedWidths(table, origins, 1).stream().mapToDouble(w -> w).sum();
            return Math.min(MAX_TABLE_SIZE, (style.page().getWidth() - 2 * MARGIN) / total);
        }

        /** Widths with padding, in points at this size: the widest cell, widened where a spanning cell needs more. */
        private List<Float> fittedWidths(Table table, List<List<int[]>> origins, float size) throws IOException {
            List<Float> widths = naturalWidths(table, origins, size);
            for (int r = 0; r < table.rows().size(); r++) {
                for (int i = 0; i < table.rows().get(r).size(); i++) {
                    SpanCell cell = table.rows().get(r).get(i);
                    int first = origins.get(r).get(i)[1];
                    int last = first + cell.colSpan() - 1;
                    float needed = glyphs.width(glyphs.printable(cell.oneLine()), size) + 2 * PADDING_EM * size;
                    float available = span(widths, first, cell.colSpan());
                    if (cell.colSpan() > 1 && needed > available) {
                        widths.set(last, widths.get(last) + needed - available);
                    }
                }
            }
            return widths;
        }

        /** The text width: label columns share {@link Style#labelShare()} by their widest text, value columns the rest. */
        private List<Float> spreadWidths(Table table, List<List<int[]>> origins, float size) throws IOException {
            List<Float> natural = naturalWidths(table, origins, size);
            int labels = labelColumns(table, origins);
            float text = style.page().getWidth() - 2 * MARGIN;
            float labelText = (float) natural.subList(0, labels).stream().mapToDouble(w -> w).sum();
            float labelWidth = labels == 0 ? 0 : style.labelShare() * text;
            List<Float> widths = new ArrayList<>();
            for (int c = 0; c < natural.size(); c++) {
                widths.add(c < labels ? labelWidth * natural.get(c) / labelText
                        : (text - labelWidth) / (natural.size() - labels));
            }
            return widths;
        }

        /** Each column's widest one-column cell with padding (at least one em), in points at this size. */
        private List<Float> naturalWidths(Table table, List<List<int[]>> origins, float size) throws IOException {
            List<Float> widths = new ArrayList<>();
            for (int r = 0; r < table.rows().size(); r++) {
                for (int i = 0; i < table.rows().get(r).size(); i++) {
                    SpanCell cell = table.rows().get(r).get(i);
                    int column = origins.get(r).get(i)[1];
                    while (widths.size() < column + cell.colSpan()) {
                        widths.add((1 + 2 * PADDING_EM) * size);
                    }
                    if (cell.colSpan() == 1) {
                        float width = glyphs.width(glyphs.printable(cell.oneLine()), size) + 2 * PADDING_EM * size;
                        widths.set(column, Math.max(widths.get(column), width));
                    }
                }
            }
            return widths;
        }

        private static float span(List<Float> widths, int first, int count) {
            float width = 0;
            for (int c = first; c < first + count; c++) width += widths.get(c);
            return width;
        }

        /** The columns left of the first column holding a figure. */
        private static int labelColumns(Table table, List<List<int[]>> origins) {
            int labels = Integer.MAX_VALUE;
            for (int r = 0; r < table.rows().size(); r++) {
                for (int i = 0; i < table.rows().get(r).size(); i++) {
                    if (VALUE.matcher(table.rows().get(r).get(i).text().strip()).matches()) {
                        labels = Math.min(labels, origins.get(r).get(i)[1]);
                    }
                }
            }
            return labels == Integer.MAX_VALUE ? 0 : labels;
        }

        /** The rows above the first row holding a figure. */
        private static int headerRows(Table table) {
            for (int r = 0; r < table.rows().size(); r++) {
                if (table.rows().get(r).stream().anyMatch(cell -> VALUE.matcher(cell.text().strip()).matches())) return r;
            }
            return 0;
        }
    }
}
