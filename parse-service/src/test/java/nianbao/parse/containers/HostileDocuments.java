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
import org.apache.pdfbox.pdmodel.common.PDStream;

/** Small documents that cost a reader far more than their size: the bombs of issue 12, built in the test. */
public final class HostileDocuments {

    private HostileDocuments() {
    }

    /**
     * A one-page PDF whose content stream is {@code 0 0 Td} (move the text position, outside any text object, so
     * PDFBox warns about each) repeated to {@code decodedBytes}, Flate-compressed about 1000 to 1.
     */
    public static byte[] contentStreamBomb(long decodedBytes) {
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
            PDPage page = new PDPage();
            document.addPage(page);
            COSStream contents = document.getDocument().createCOSStream();
            try (OutputStream raw = contents.createRawOutputStream()) {
                raw.write(deflated.toByteArray());
            }
            contents.setItem(COSName.FILTER, COSName.FLATE_DECODE);
            page.setContents(new PDStream(contents));
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            document.save(pdf);
            return pdf.toByteArray();
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
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            document.save(pdf);
            return pdf.toByteArray();
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
