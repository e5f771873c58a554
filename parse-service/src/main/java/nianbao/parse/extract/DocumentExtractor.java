package nianbao.parse.extract;

import java.io.IOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import nianbao.parse.extract.UnreadableDocumentException.Reason;
import nianbao.report.ContainerType;
import nianbao.report.Layout;

/**
 * Turns a document (text, HTML, DOCX or PDF, recognised by its content) into {@link ExtractedText}.
 * Thread-safe. HTML, DOCX and PDF are read on a worker thread so the time budget holds even if a library loops
 * (a library that ignores interruption finishes in the background); text is decoded inline, bounded by the limits.
 */
public final class DocumentExtractor {

    /** Daemon workers: a runaway extraction that ignores interruption must not keep the JVM alive. */
    private static final ExecutorService WORKERS = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "document-extractor");
        thread.setDaemon(true);
        return thread;
    });

    /** POI signals both of its zip-bomb checks only through this message prefix. */
    private static final String POI_ZIP_BOMB_MESSAGE = "Zip bomb detected!";

    private final ExtractionLimits limits;

    public DocumentExtractor() {
        this(ExtractionLimits.DEFAULTS);
    }

    public DocumentExtractor(ExtractionLimits limits) {
        this.limits = limits;
    }

    /**
     * @param fileName          used only in messages; the container is sniffed from the content
     * @param declaredMediaType used only in messages, for the same reason
     */
    public ExtractedText extract(byte[] content, String fileName, String declaredMediaType) {
        if (content == null || content.length == 0) {
            throw new UnreadableDocumentException(Reason.EMPTY, "0 bytes in " + fileName);
        }
        if (content.length > limits.maxBytes()) {
            throw new UnreadableDocumentException(Reason.TOO_LARGE,
                    fileName + " has " + content.length + " bytes, limit " + limits.maxBytes());
        }
        ContainerType container = ContainerSniffer.sniff(content);
        if (container == ContainerType.TEXT) {
            // Decoding is linear in the bounded input and runs no third-party parser: no worker hand-off needed.
            try {
                return render(container, content);
            } catch (IOException | RuntimeException e) {
                throw asUnreadable(e, container, fileName);
            }
        }
        Future<ExtractedText> work = WORKERS.submit(() -> render(container, content));
        try {
            return work.get(limits.timeBudget().toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            work.cancel(true);
            throw new UnreadableDocumentException(Reason.TIMED_OUT,
                    fileName + " (" + container + ", declared " + declaredMediaType + ") not read within " + limits.timeBudget());
        } catch (InterruptedException e) {
            work.cancel(true);
            Thread.currentThread().interrupt();
            throw new UnreadableDocumentException(Reason.TIMED_OUT, "interrupted while reading " + fileName, e);
        } catch (ExecutionException e) {
            throw asUnreadable(e.getCause(), container, fileName);
        }
    }

    private ExtractedText render(ContainerType container, byte[] content) throws IOException {
        BoundedText out = new BoundedText(limits.maxChars());
        Layout gridLayout = switch (container) {
            case TEXT -> {
                TextDecoder.decode(content, out);
                yield null;
            }
            case HTML -> HtmlRenderer.render(TextDecoder.toChars(content), out) ? Layout.HTML_TABLE : null;
            case DOCX -> DocxRenderer.render(content, out) ? Layout.DOCX_TABLE : null;
            case PDF -> {
                PdfRenderer.render(content, out);
                yield out.text().indexOf('\t') >= 0 ? Layout.PDF_LAYOUT : null;
            }
            case UNKNOWN -> throw ContainerSniffer.unsupported(content);
        };
        String text = out.text();
        if (text.isBlank()) {
            throw new UnreadableDocumentException(Reason.EMPTY, container + " without any text (a scan without text layer?)");
        }
        return new ExtractedText(container, text, gridLayout);
    }

    private static UnreadableDocumentException asUnreadable(Throwable failure, ContainerType container, String fileName) {
        String document = fileName + " (" + container + "): ";
        if (failure instanceof UnreadableDocumentException unreadable) {
            return new UnreadableDocumentException(unreadable.reason(), document + unreadable.detail(), unreadable);
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && cause.getMessage().startsWith(POI_ZIP_BOMB_MESSAGE)) {
                String firstLine = cause.getMessage().lines().findFirst().orElseThrow();
                return new UnreadableDocumentException(Reason.ZIP_BOMB, document + firstLine, failure);
            }
        }
        if (failure instanceof OutOfMemoryError) {
            return new UnreadableDocumentException(Reason.TOO_LARGE, document + "exhausted memory", failure);
        }
        return new UnreadableDocumentException(Reason.CORRUPT, document + failure, failure);
    }
}
