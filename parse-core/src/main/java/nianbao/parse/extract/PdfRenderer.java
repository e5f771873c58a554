package nianbao.parse.extract;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDContentStream;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.COSObjectable;
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
     * Bounded, besides the character limit, by the page count, the glyphs per page, the decoded size of what PDFBox
     * decodes into memory ({@link PdfStreamBudget}; its stream cache, used only for streams it writes, is held to the
     * same size) and the deadline, checked before every content-stream operator and page and in every decoded chunk.
     * Unchecked is PDFBox's parse of the file's own structure (cross-reference, and object streams, which it decodes
     * while loading): bounded only by the input size and the heap.
     */
    static void render(byte[] content, BoundedText out, ExtractionLimits limits) throws IOException {
        try (PDDocument document = Loader.loadPDF(content, "", null, null,
                MemoryUsageSetting.setupMainMemoryOnly(limits.maxDecodedBytes()).streamCache)) {
            if (document.getNumberOfPages() == 0) {
                throw new UnreadableDocumentException(Reason.CORRUPT, "PDF without pages");
            }
            checkPageCount(document.getNumberOfPages(), limits.maxPages());
            ColumnAwareStripper stripper = new ColumnAwareStripper(out, limits.maxPages(),
                    new PdfStreamBudget(limits.maxDecodedBytes(), out));
            stripper.setSortByPosition(true);
            stripper.writeText(document, Writer.nullWriter());
        } catch (InvalidPasswordException e) {
            throw new UnreadableDocumentException(Reason.ENCRYPTED, "PDF needs a password to open", e);
        }
    }

    private static void checkPageCount(int pages, int maxPages) {
        if (pages > maxPages) {
            throw new UnreadableDocumentException(Reason.TOO_LARGE, "PDF 超过 " + maxPages + " 页，不是一份年度报告的篇幅 / more than "
                    + maxPages + " pages, far beyond an annual report");
        }
    }

    private static final class ColumnAwareStripper extends PDFTextStripper {
        /**
         * Glyphs one page may draw. PDFBox keeps every glyph of a page (a few hundred bytes each) until the page ends,
         * before any text reaches the character limit; a dense A3 page in 6 pt holds ~30,000 characters, and
         * overprinted (fake bold, shadowed) text draws each more than once.
         */
        static final int MAX_GLYPHS_PER_PAGE = 200_000;

        private final BoundedText out;
        private final int maxPages;
        private final PdfStreamBudget decoding;
        private int pages;
        private int pageGlyphs;
        private final List<List<PrintedCell>> page = new ArrayList<>();
        private final List<PrintedCell> line = new ArrayList<>();
        private final StringBuilder cell = new StringBuilder();
        /** Characters held back in {@link #page}, line breaks included (in {@link #held}: {@link #heldChars}). */
        private int pageChars;
        private float cellLeft;
        /** The lines of the last page with text, not yet written; the first line of the page before it. */
        private List<String> held = List.of();
        private String heldPageBefore;
        private boolean heldIsFirstPage = true;
        private int heldChars;
        /** Right edge of the previous glyph run on the current line, or NaN at the start of a line. */
        private float previousEnd = Float.NaN;

        ColumnAwareStripper(BoundedText out, int maxPages, PdfStreamBudget decoding) {
            this.out = out;
            this.maxPages = maxPages;
            this.decoding = decoding;
        }

        @Override
        public void processPage(PDPage page) throws IOException {
            out.checkNotCancelled();
            checkPageCount(++pages, maxPages);
            pageGlyphs = 0;
            decoding.admit(page.getCOSObject().getDictionaryObject(COSName.CONTENTS));
            admitFonts(page.getResources());
            super.processPage(page);
        }

        /** Forms, annotation appearances, patterns and Type 3 glyphs: PDFBox decodes each whole, like a page. */
        @Override
        protected void processChildStream(PDContentStream contentStream, PDPage page) throws IOException {
            if (contentStream instanceof COSObjectable stream) {
                decoding.admit(stream.getCOSObject());
            }
            admitFonts(contentStream.getResources());
            super.processChildStream(contentStream, page);
        }

        /** Every operator passes here, also those PDFBox only warns about (a content-stream bomb is millions of them). */
        @Override
        protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
            out.checkNotCancelled();
            super.processOperator(operator, operands);
        }

        @Override
        protected void processTextPosition(TextPosition text) {
            if (++pageGlyphs > MAX_GLYPHS_PER_PAGE) {
                throw new UnreadableDocumentException(Reason.TOO_MUCH_TEXT, "PDF 的一页绘出超过 " + MAX_GLYPHS_PER_PAGE
                        + " 个字符 / a page draws more than " + MAX_GLYPHS_PER_PAGE + " characters");
            }
            super.processTextPosition(text);
        }

        /** Embedded font programs, CMaps and Type 3 glyphs are decoded whole when a font is first used. */
        private void admitFonts(PDResources resources) {
            if (resources != null) {
                decoding.admit(resources.getCOSObject().getDictionaryObject(COSName.FONT));
            }
        }

        /**
         * Measures the gap before every glyph, not only between the words PDFBox hands over: PDFBox breaks no word
         * after a space glyph, so a cell whose printed text ends in a space (a wrapped label line) arrives joined to
         * the next cell's text.
         */
        @Override
        protected void writeString(String text, List<TextPosition> positions) {
            for (TextPosition glyph : positions) {
                if (Float.isNaN(previousEnd)) {
                    cellLeft = glyph.getXDirAdj();
                } else {
                    float em = glyph.getFontSizeInPt() > 0 ? glyph.getFontSizeInPt() : glyph.getHeightDir();
                    float gap = glyph.getXDirAdj() - previousEnd;
                    if (gap > TAB_GAP_EM * em) {
                        endCell();
                        cellLeft = glyph.getXDirAdj();
                    } else if (gap > SPACE_GAP_EM * em) {
                        cell.append(' ');
                    }
                }
                cell.append(glyph.getUnicode());
                previousEnd = glyph.getXDirAdj() + glyph.getWidthDirAdj();
            }
        }

        @Override
        protected void writeWordSeparator() {
            // writeString decides between TAB, space and nothing from the actual gap.
        }

        @Override
        protected void writeLineSeparator() {
            flush();
        }

        /**
         * Keeps the page's lines but its page number until the next page is known: a page that opens with the same
         * line as the page before or after it opens with a running header, a title or agency name that would
         * otherwise land inside a sentence or a table broken by the page end. The first page keeps its copy, which
         * may be the title itself.
         */
        @Override
        protected void endPage(PDPage pdfPage) throws IOException {
            flush();
            List<String> lines = new ArrayList<>();
            for (String text : PrintedColumns.lines(page)) {
                if (!text.isEmpty() && !PAGE_NUMBER.matcher(text).matches()) lines.add(text);
            }
            if (!lines.isEmpty()) {
                writeHeld(lines.get(0));
                held = lines;
                heldChars = pageChars;
            }
            page.clear();
            pageChars = 0;
            super.endPage(pdfPage);
        }

        @Override
        protected void endDocument(PDDocument document) {
            writeHeld(null);
        }

        private void writeHeld(String nextTop) {
            for (int i = 0; i < held.size(); i++) {
                String line = held.get(i);
                boolean running = i == 0 && !heldIsFirstPage && isRunningHeader(line)
                        && (line.equals(nextTop) || line.equals(heldPageBefore));
                if (!running) out.line(line);
            }
            if (!held.isEmpty()) {
                heldPageBefore = held.get(0);
                heldIsFirstPage = false;
            }
            held = List.of();
            heldChars = 0;
        }

        /** One run of text, not a table row: a row repeated at the top of pages holds cells or figures. */
        private static boolean isRunningHeader(String text) {
            return text.indexOf('\t') < 0 && !new PrintedCell(text, 0, 0).isValue();
        }

        private void endCell() {
            if (!cell.toString().isBlank()) {
                line.add(new PrintedCell(cell.toString(), cellLeft, previousEnd));
                pageChars += cell.length() + 1;
                out.checkRoomFor(heldChars + pageChars);
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
