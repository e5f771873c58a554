package nianbao.parse.containers;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
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
 * sit in columns, a row-spanning cell is printed once in its first row, empty cells print nothing, paragraphs wrap,
 * and every page carries a {@code -N-} footer. Needs a font with CJK glyphs (see {@link #cjkFont()}).
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
    private static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    private static final float MARGIN = 40;
    private static final float TEXT_SIZE = 10;
    private static final float MAX_TABLE_SIZE = 9;
    /** Cell padding on each side, in em. */
    private static final float PADDING_EM = 0.75f;
    private static final float LINE_HEIGHT = 1.6f;

    private PdfWriter() {
    }

    public static Optional<Path> cjkFont() {
        return CJK_FONTS.stream().filter(Files::isReadable).findFirst();
    }

    /** Where a cell spanning several rows prints its text: office software does either, per table style. */
    public enum RowSpanText { TOP, MIDDLE }

    public static byte[] write(ReportDocument document, Path fontFile) {
        return write(document, fontFile, RowSpanText.TOP);
    }

    public static byte[] write(ReportDocument document, Path fontFile, RowSpanText rowSpanText) {
        try (TrueTypeCollection collection = new TrueTypeCollection(fontFile.toFile());
             PDDocument pdf = new PDDocument();
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            AtomicReference<TrueTypeFont> first = new AtomicReference<>();
            collection.processAllFonts(font -> first.compareAndSet(null, font));
            Pages pages = new Pages(pdf, PDType0Font.load(pdf, first.get(), true), first.get(), rowSpanText);
            for (Block block : document.blocks()) {
                if (block instanceof Paragraph paragraph) {
                    pages.paragraph(paragraph.text());
                } else if (block instanceof Table table) {
                    pages.table(table);
                }
            }
            pages.finish();
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The page being written and the cursor on it. */
    private static final class Pages {
        private final PDDocument pdf;
        private final PDType0Font font;
        private final TrueTypeFont glyphs;
        private final RowSpanText rowSpanText;
        private PDPageContentStream content;
        private int pageNumber;
        private float y;

        Pages(PDDocument pdf, PDType0Font font, TrueTypeFont glyphs, RowSpanText rowSpanText) throws IOException {
            this.pdf = pdf;
            this.font = font;
            this.glyphs = glyphs;
            this.rowSpanText = rowSpanText;
            newPage();
        }

        void paragraph(String text) throws IOException {
            String printable = printable(text);
            float maxWidth = PAGE.getWidth() - 2 * MARGIN;
            int start = 0;
            while (start < printable.length()) {
                int end = start + 1;
                while (end < printable.length() && width(printable.substring(start, end + 1), TEXT_SIZE) <= maxWidth) {
                    end++;
                }
                line(TEXT_SIZE);
                show(printable.substring(start, end), MARGIN, TEXT_SIZE);
                start = end;
            }
        }

        void table(Table table) throws IOException {
            List<List<int[]>> origins = table.origins();
            List<Float> widths = columnWidths(table, origins);
            float total = (float) widths.stream().mapToDouble(w -> w + 2 * PADDING_EM).sum();
            float size = Math.min(MAX_TABLE_SIZE, (PAGE.getWidth() - 2 * MARGIN) / total);
            for (int r = 0; r < table.rows().size(); r++) {
                line(size);
                for (int i = 0; i < table.rows().get(r).size(); i++) {
                    SpanCell cell = table.rows().get(r).get(i);
                    int column = origins.get(r).get(i)[1];
                    float x = MARGIN;
                    for (int c = 0; c < column; c++) {
                        x += (widths.get(c) + 2 * PADDING_EM) * size;
                    }
                    float middle = y - (cell.rowSpan() - 1) * size * LINE_HEIGHT / 2;
                    // A span that crosses the page end keeps its text in its first row.
                    boolean fitsOnPage = middle - (cell.rowSpan() - 1) * size * LINE_HEIGHT / 2 >= MARGIN + 2 * TEXT_SIZE;
                    float atY = rowSpanText == RowSpanText.MIDDLE && fitsOnPage ? middle : y;
                    show(printable(cell.oneLine()), x + PADDING_EM * size, size, atY);
                }
            }
        }

        void finish() throws IOException {
            footer();
            content.close();
        }

        /** Widths in em at font size 1: the widest single-column cell, widened where a spanning cell needs more. */
        private List<Float> columnWidths(Table table, List<List<int[]>> origins) throws IOException {
            List<Float> widths = new ArrayList<>();
            List<float[]> spanning = new ArrayList<>();
            for (int r = 0; r < table.rows().size(); r++) {
                for (int i = 0; i < table.rows().get(r).size(); i++) {
                    SpanCell cell = table.rows().get(r).get(i);
                    int column = origins.get(r).get(i)[1];
                    while (widths.size() < column + cell.colSpan()) {
                        widths.add(1f);
                    }
                    float width = width(printable(cell.oneLine()), 1);
                    if (cell.colSpan() == 1) {
                        widths.set(column, Math.max(widths.get(column), width));
                    } else {
                        spanning.add(new float[] {column, cell.colSpan(), width});
                    }
                }
            }
            for (float[] span : spanning) {
                int first = (int) span[0];
                int last = first + (int) span[1] - 1;
                float available = 2 * PADDING_EM * (span[1] - 1);
                for (int c = first; c <= last; c++) {
                    available += widths.get(c);
                }
                if (span[2] > available) {
                    widths.set(last, widths.get(last) + span[2] - available);
                }
            }
            return widths;
        }

        private void line(float size) throws IOException {
            y -= size * LINE_HEIGHT;
            if (y < MARGIN + 2 * TEXT_SIZE) {
                footer();
                content.close();
                newPage();
                y -= size * LINE_HEIGHT;
            }
        }

        private void newPage() throws IOException {
            PDPage page = new PDPage(PAGE);
            pdf.addPage(page);
            content = new PDPageContentStream(pdf, page);
            pageNumber++;
            y = PAGE.getHeight() - MARGIN;
        }

        private void footer() throws IOException {
            String footer = "-" + pageNumber + "-";
            show(footer, (PAGE.getWidth() - width(footer, TEXT_SIZE)) / 2, TEXT_SIZE, MARGIN / 2);
        }

        private void show(String text, float x, float size) throws IOException {
            show(text, x, size, y);
        }

        private void show(String text, float x, float size, float atY) throws IOException {
            if (text.isEmpty()) {
                return;
            }
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, atY);
            content.showText(text);
            content.endText();
        }

        private float width(String text, float size) throws IOException {
            return font.getStringWidth(text) / 1000 * size;
        }

        /** Characters the font has no glyph for would make PDFBox throw; a report font substitutes '?'. */
        private String printable(String text) throws IOException {
            StringBuilder printable = new StringBuilder();
            for (int cp : text.codePoints().toArray()) {
                boolean hasGlyph = glyphs.getUnicodeCmapLookup().getGlyphId(cp) > 0;
                printable.appendCodePoint(hasGlyph ? cp : '?');
            }
            return printable.toString();
        }
    }
}
