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
import java.util.Map;
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
 * is counted at the most its filters could expand it to, or, when that does not fit the document's allowance, decoded
 * once through PDFBox's own filters into a counter that keeps nothing and stops at the allowance (TOO_LARGE) and at the
 * deadline; PDFBox then decodes only what fits.
 */
final class PdfStreamBudget {

    /**
     * How many times its input a filter's output can be at most: Deflate emits 258 bytes for a 2-bit code, an LZW code
     * of 9+ bits at most the 4096 bytes of a full table's longest entry, RunLength 128 bytes for 2, ASCII85 4 bytes for
     * a {@code z}. Any other filter (images, unknown names) counts as unbounded, so its stream is decoded to be counted.
     */
    private static final Map<COSName, Long> MAX_EXPANSION = Map.of(
            COSName.FLATE_DECODE, 1032L, COSName.FLATE_DECODE_ABBREVIATION, 1032L,
            COSName.LZW_DECODE, 4096L, COSName.LZW_DECODE_ABBREVIATION, 4096L,
            COSName.RUN_LENGTH_DECODE, 64L, COSName.RUN_LENGTH_DECODE_ABBREVIATION, 64L,
            COSName.ASCII85_DECODE, 4L, COSName.ASCII85_DECODE_ABBREVIATION, 4L,
            COSName.ASCII_HEX_DECODE, 1L, COSName.ASCII_HEX_DECODE_ABBREVIATION, 1L);

    private final long maxBytes;
    private final BoundedText out;
    /** Streams shared by pages (fonts, forms) are measured once. */
    private final Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    /** Bytes of the streams decoded to be counted. */
    private long decoded;
    /** Streams counted at their worst case, not decoded, and that worst case in total. */
    private final List<COSStream> estimated = new ArrayList<>();
    private long estimatedBytes;

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

    /**
     * Counts the stream at the most its filters can expand it to while such estimates fit the allowance (a report's
     * page contents and fonts, a few hundred KB compressed, do: nothing is decoded twice). When the next one does not
     * fit, the estimated streams are decoded and counted at their real size, and so is this one if it still does not
     * fit: the real total never passes the allowance, and a document is refused only when its real total would.
     */
    private void measure(COSStream stream) {
        long worstCase;
        try (InputStream raw = stream.createRawInputStream()) {
            worstCase = raw.transferTo(OutputStream.nullOutputStream());
        } catch (IOException unreadable) {
            return; // nothing PDFBox could decode either
        }
        for (COSName name : filterNames(stream)) {
            long expansion = MAX_EXPANSION.getOrDefault(name, Long.MAX_VALUE);
            worstCase = worstCase > Long.MAX_VALUE / expansion ? Long.MAX_VALUE : worstCase * expansion;
        }
        if (!fits(worstCase)) {
            List<COSStream> estimated = List.copyOf(this.estimated);
            this.estimated.clear();
            estimatedBytes = 0;
            estimated.forEach(this::decode);
        }
        if (fits(worstCase)) {
            estimated.add(stream);
            estimatedBytes += worstCase;
        } else {
            decode(stream);
        }
    }

    private boolean fits(long bytes) {
        return bytes <= maxBytes - decoded - estimatedBytes;
    }

    private static List<COSName> filterNames(COSStream stream) {
        COSBase filters = stream.getFilters();
        if (filters instanceof COSName name) {
            return List.of(name);
        }
        List<COSName> names = new ArrayList<>();
        if (filters instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.getObject(i) instanceof COSName name) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    private void decode(COSStream stream) {
        List<Filter> filters = new ArrayList<>();
        try {
            for (COSName name : filterNames(stream)) {
                filters.add(FilterFactory.INSTANCE.getFilter(name));
            }
        } catch (IOException unknownFilter) {
            return; // PDFBox cannot decode it either
        }
        try (InputStream raw = stream.createRawInputStream()) {
            if (filters.isEmpty()) {
                count(raw.transferTo(OutputStream.nullOutputStream()));
                return;
            }
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
        if (decoded + estimatedBytes > maxBytes) {
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
