package nianbao.parse.extract;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import nianbao.parse.extract.PrintedColumns.PrintedCell;
import nianbao.parse.extract.UnreadableDocumentException.Reason;

/**
 * Renders a PDF's text line by line in reading position, recovering table columns from glyph x-coordinates:
 * a wide horizontal gap between glyph runs becomes a TAB, a narrow one a space, and the empty cells of a table are
 * put back page by page ({@link PrintedColumns}).
 */
final class PdfRenderer {

    /** Table cells have at least their padding between them; characters in running text are much closer. */
    static final float TAB_GAP_EM = 0.6f;
    static final float SPACE_GAP_EM = 0.2f;
    /** Page footers such as {@code -3-}, {@code — 3 —}, {@code 第3页 共10页}. */
    private static final Pattern PAGE_NUMBER =
            Pattern.compile("[-－—–]\\s*\\d{1,4}\\s*[-－—–]|第\\s*\\d{1,4}\\s*页(\\s*[/，,]?\\s*共\\s*\\d{1,4}\\s*页)?");

    private PdfRenderer() {
    }

    /**
     * PDFBox decodes streams in memory without a size limit of its own: a decompression bomb is bounded only by the
     * time budget and ends as OutOfMemoryError in the worker, which the extractor reports as TOO_LARGE.
     */
    static void render(byte[] content, BoundedText out) throws IOException {
        try (PDDocument document = Loader.loadPDF(content)) {
            if (document.getNumberOfPages() == 0) {
                throw new UnreadableDocumentException(Reason.CORRUPT, "PDF without pages");
            }
            ColumnAwareStripper stripper = new ColumnAwareStripper(out);
            stripper.setSortByPosition(true);
            stripper.writeText(document, Writer.nullWriter());
        } catch (InvalidPasswordException e) {
            throw new UnreadableDocumentException(Reason.ENCRYPTED, "PDF needs a password to open", e);
        }
    }

    private static final class ColumnAwareStripper extends PDFTextStripper {
        private final BoundedText out;
        private final List<List<PrintedCell>> page = new ArrayList<>();
        private final List<PrintedCell> line = new ArrayList<>();
        private final StringBuilder cell = new StringBuilder();
        /** Characters held back in {@link #page}, line breaks included. */
        private int pageChars;
        private float cellLeft;
        /** Right edge of the previous glyph run on the current line, or NaN at the start of a line. */
        private float previousEnd = Float.NaN;

        ColumnAwareStripper(BoundedText out) {
            this.out = out;
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) {
            TextPosition first = positions.get(0);
            if (Float.isNaN(previousEnd)) {
                cellLeft = first.getXDirAdj();
            } else {
                float em = first.getFontSizeInPt() > 0 ? first.getFontSizeInPt() : first.getHeightDir();
                float gap = first.getXDirAdj() - previousEnd;
                if (gap > TAB_GAP_EM * em) {
                    endCell();
                    cellLeft = first.getXDirAdj();
                } else if (gap > SPACE_GAP_EM * em) {
                    cell.append(' ');
                }
            }
            cell.append(text);
            TextPosition last = positions.get(positions.size() - 1);
            previousEnd = last.getXDirAdj() + last.getWidthDirAdj();
        }

        @Override
        protected void writeWordSeparator() {
            // writeString decides between TAB, space and nothing from the actual gap.
        }

        @Override
        protected void writeLineSeparator() {
            flush();
        }

        @Override
        protected void endPage(PDPage pdfPage) throws IOException {
            flush();
            for (String text : PrintedColumns.lines(page)) {
                if (!text.isEmpty() && !PAGE_NUMBER.matcher(text).matches()) {
                    out.line(text);
                }
            }
            page.clear();
            pageChars = 0;
            super.endPage(pdfPage);
        }

        private void endCell() {
            if (!cell.toString().isBlank()) {
                line.add(new PrintedCell(cell.toString(), cellLeft, previousEnd));
                pageChars += cell.length() + 1;
                out.checkRoomFor(pageChars);
            }
            cell.setLength(0);
        }

        /** Ends the printed line: its cells wait for the end of the page, when the page's table columns are known. */
        private void flush() {
            endCell();
            if (!line.isEmpty()) page.add(List.copyOf(line));
            line.clear();
            previousEnd = Float.NaN;
        }
    }
}
