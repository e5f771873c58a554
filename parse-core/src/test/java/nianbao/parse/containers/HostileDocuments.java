package nianbao.parse.containers;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.DeflaterOutputStream;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;

/** Small documents that cost a reader far more than their size: the bombs of issue 12, built in the test. */
public final class HostileDocuments {

    private HostileDocuments() {
    }

    /**
     * A one-page PDF whose content stream is {@code 0 0 Td} (move the text position, outside any text object, so
     * PDFBox warns about each) repeated to {@code decodedBytes}, Flate-compressed about 700 to 1.
     */
    public static byte[] contentStreamBomb(long decodedBytes) {
        return contentStreamBomb(decodedBytes, 1);
    }

    /** {@code pages} pages, each with its own such content stream of {@code decodedBytes}. */
    public static byte[] contentStreamBomb(long decodedBytes, int pages) {
        byte[] operators = "0 0 Td\n".repeat(64 * 1024 / 7).getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream deflated = new ByteArrayOutputStream();
        try (OutputStream out = new DeflaterOutputStream(deflated)) {
            for (long written = 0; written < decodedBytes; written += operators.length) {
                out.write(operators);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (PDDocument document = new PDDocument()) {
            for (int i = 0; i < pages; i++) {
                PDPage page = new PDPage();
                document.addPage(page);
                COSStream contents = document.getDocument().createCOSStream();
                try (OutputStream raw = contents.createRawOutputStream()) {
                    raw.write(deflated.toByteArray());
                }
                contents.setItem(COSName.FILTER, COSName.FLATE_DECODE);
                page.setContents(new PDStream(contents));
            }
            return saved(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A one-page PDF of a few KB whose page draws a form {@code fanOut} times, which draws the next form {@code fanOut}
     * times, {@code depth} levels down: fanOut^depth form executions, each a content stream PDFBox parses anew.
     */
    public static byte[] nestedForms(int fanOut, int depth) {
        COSName child = COSName.getPDFName("Nested");
        String drawChild = "/Nested Do\n".repeat(fanOut);
        try (PDDocument document = new PDDocument()) {
            PDFormXObject next = form(document, "0 0 Td\n", null);
            for (int level = 1; level < depth; level++) {
                next = form(document, drawChild, resources(child, next));
            }
            PDPage page = new PDPage();
            page.setResources(resources(child, next));
            PDStream contents = new PDStream(document);
            try (OutputStream out = contents.createOutputStream()) {
                out.write(drawChild.getBytes(StandardCharsets.US_ASCII));
            }
            page.setContents(contents);
            document.addPage(page);
            return saved(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] saved(PDDocument document) throws IOException {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        document.save(pdf);
        return pdf.toByteArray();
    }

    private static PDFormXObject form(PDDocument document, String content, PDResources resources) throws IOException {
        PDFormXObject form = new PDFormXObject(document);
        form.setBBox(new PDRectangle(10, 10));
        form.setResources(resources);
        try (OutputStream out = form.getContentStream().createOutputStream()) {
            out.write(content.getBytes(StandardCharsets.US_ASCII));
        }
        return form;
    }

    private static PDResources resources(COSName name, PDFormXObject form) {
        PDResources resources = new PDResources();
        resources.put(name, form);
        return resources;
    }

    /** One page that draws {@code glyphs} letters in Helvetica, all in one string. */
    public static byte[] glyphFlood(int glyphs) {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            page.setResources(new PDResources());
            COSName font = page.getResources().add(new PDType1Font(Standard14Fonts.FontName.HELVETICA));
            PDStream contents = new PDStream(document);
            try (OutputStream out = contents.createOutputStream(COSName.FLATE_DECODE)) {
                out.write(("BT /" + font.getName() + " 1 Tf 10 10 Td (" + "x".repeat(glyphs) + ") Tj ET")
                        .getBytes(StandardCharsets.US_ASCII));
            }
            page.setContents(contents);
            document.addPage(page);
            return saved(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code pages} empty pages. */
    public static byte[] pages(int pages) {
        try (PDDocument document = new PDDocument()) {
            for (int i = 0; i < pages; i++) {
                document.addPage(new PDPage());
            }
            return saved(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The DOCX {@code docx} with {@code paragraphs} numbered paragraphs of three runs each at the start of its body:
     * varied enough to pass POI's inflate-ratio check, as a real flood would.
     */
    public static byte[] paragraphFlood(byte[] docx, int paragraphs) {
        return ZipEntries.rewrite(docx, "word/document.xml", xml -> {
            StringBuilder flood = new StringBuilder("<w:body>");
            for (int i = 0; i < paragraphs; i++) {
                flood.append("<w:p><w:r><w:t>第").append(i).append("段</w:t></w:r><w:r><w:t xml:space=\"preserve\"> ")
                        .append(i * 7919 % 100_003).append(" </w:t></w:r><w:r><w:t>").append(Integer.toHexString(i * 31))
                        .append("</w:t></w:r></w:p>");
            }
            return xml.replaceFirst("<w:body>", flood.toString());
        });
    }

    /** {@code depth} tables, each inside the cell of the one before, around one heading. */
    public static byte[] nestedTables(int depth) {
        String html = "<table><tr><td>".repeat(depth) + "一、总体情况" + "</td></tr></table>".repeat(depth);
        return html.getBytes(StandardCharsets.UTF_8);
    }
}
