package nianbao.parse.extract;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import nianbao.parse.extract.UnreadableDocumentException.Reason;
import nianbao.report.ContainerType;

/**
 * Turns a document (text, HTML, DOCX or PDF, recognised by its content) into {@link ExtractedText}.
 * Thread-safe; each extraction runs on a worker thread so the time budget holds even if a library loops.
 */
public final class DocumentExtractor {

    /** Daemon workers: a runaway extraction that ignores interruption must not keep the JVM alive. */
    private static final ExecutorService WORKERS = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "document-extractor");
        thread.setDaemon(true);
        return thread;
    });

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
        Future<ExtractedText> work = WORKERS.submit(() -> render(container, content));
        try {
            return work.get(limits.timeBudget().toMillis(), TimeUnit.MILLISECONDS);
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

    private ExtractedText render(ContainerType container, byte[] content) {
        BoundedText out = new BoundedText(limits.maxChars());
        return switch (container) {
            case TEXT -> new ExtractedText(container, TextDecoder.decode(content, out), null);
            default -> throw new UnreadableDocumentException(Reason.NOT_A_REPORT, container + " not supported yet");
        };
    }

    private static UnreadableDocumentException asUnreadable(Throwable failure, ContainerType container, String fileName) {
        if (failure instanceof UnreadableDocumentException unreadable) {
            return unreadable;
        }
        if (failure instanceof OutOfMemoryError) {
            return new UnreadableDocumentException(Reason.TOO_LARGE, fileName + " (" + container + ") exhausted memory", failure);
        }
        return new UnreadableDocumentException(Reason.CORRUPT, fileName + " (" + container + "): " + failure, failure);
    }
}
