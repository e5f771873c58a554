package nianbao.parse.extract;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import nianbao.parse.extract.UnreadableDocumentException.Reason;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.DecodeOptions;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.filter.FilterFactory;

/**
 * The decoded size of the streams text extraction makes PDFBox decode (page contents, forms, fonts), measured before
 * PDFBox decodes them. PDFBox 3 decodes a stream whole into the heap, without a limit and without looking at the clock
 * (its stream cache is not involved), so a few hundred KB of compressed content can become gigabytes. Here each stream
 * is decoded once through PDFBox's own filters into a counter that keeps nothing, stops at the document's allowance
 * (TOO_LARGE) and at the deadline; PDFBox then decodes only what fits.
 */
final class PdfStreamBudget {

    private final long maxBytes;
    private final BoundedText out;
    /** Streams shared by pages (fonts, forms) are measured once. */
    private final Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    private long decoded;

    PdfStreamBudget(long maxBytes, BoundedText out) {
        this.maxBytes = maxBytes;
        this.out = out;
    }

    /**
     * Measures every stream reachable from {@code root} (a content stream or an array of them, a form, a resource's
     * font dictionary), except images, which text extraction never decodes. Iterative: nesting depth is the author's.
     */
    void admit(COSBase root) {
        Deque<COSBase> pending = new ArrayDeque<>();
        if (root != null) {
            pending.push(root);
        }
        while (!pending.isEmpty()) {
            out.checkNotCancelled();
            COSBase next = pending.pop();
            COSBase object = next instanceof COSObject reference ? reference.getObject() : next;
            if (object == null || !seen.add(object)) {
                continue;
            }
            if (object instanceof COSStream stream) {
                if (!COSName.IMAGE.equals(stream.getCOSName(COSName.SUBTYPE))) {
                    measure(stream);
                }
            } else if (object instanceof COSDictionary dictionary) {
                for (COSName key : dictionary.keySet()) {
                    if (!COSName.PARENT.equals(key)) {
                        pending.push(dictionary.getItem(key));
                    }
                }
            } else if (object instanceof COSArray array) {
                for (int i = 0; i < array.size(); i++) {
                    pending.push(array.get(i));
                }
            }
        }
    }

    private void measure(COSStream stream) {
        List<Filter> filters = new ArrayList<>();
        try {
            COSBase names = stream.getFilters();
            if (names instanceof COSName name) {
                filters.add(FilterFactory.INSTANCE.getFilter(name));
            } else if (names instanceof COSArray array) {
                for (int i = 0; i < array.size(); i++) {
                    if (array.getObject(i) instanceof COSName name) {
                        filters.add(FilterFactory.INSTANCE.getFilter(name));
                    }
                }
            }
        } catch (IOException unknownFilter) {
            return; // PDFBox cannot decode it either
        }
        if (filters.isEmpty()) {
            count(stream.getLength());
            return;
        }
        try (InputStream raw = stream.createRawInputStream()) {
            InputStream input = raw;
            for (int i = 0; i < filters.size() - 1; i++) {
                // A filter chain (rare): the intermediate stage is held, within the same allowance.
                DecodedBytes stage = new DecodedBytes(true);
                filters.get(i).decode(input, stage, stream, i, DecodeOptions.DEFAULT);
                input = new ByteArrayInputStream(stage.kept.toByteArray());
            }
            filters.get(filters.size() - 1).decode(input, new DecodedBytes(false), stream, filters.size() - 1,
                    DecodeOptions.DEFAULT);
        } catch (IOException damaged) {
            // PDFBox meets the same damage when it decodes the stream and deals with it; what was decoded is counted.
        }
    }

    private void count(long bytes) {
        out.checkNotCancelled();
        decoded += bytes;
        if (decoded > maxBytes) {
            throw new UnreadableDocumentException(Reason.TOO_LARGE, "PDF 的页面内容和字体解压后超过 " + (maxBytes >> 20)
                    + " MB / page contents and fonts expand to more than " + (maxBytes >> 20) + " MB");
        }
    }

    /** Counts decoded bytes against the allowance and the deadline; keeps them only for an intermediate stage. */
    private final class DecodedBytes extends OutputStream {
        private final ByteArrayOutputStream kept;

        DecodedBytes(boolean keep) {
            this.kept = keep ? new ByteArrayOutputStream() : null;
        }

        @Override
        public void write(int b) {
            count(1);
            if (kept != null) {
                kept.write(b);
            }
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            count(length);
            if (kept != null) {
                kept.write(bytes, offset, length);
            }
        }
    }
}
