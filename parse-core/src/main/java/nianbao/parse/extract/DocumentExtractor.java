package nianbao.parse.extract;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import nianbao.parse.extract.UnreadableDocumentException.Reason;
import nianbao.report.ContainerType;
import nianbao.report.Layout;
import org.apache.poi.EncryptedDocumentException;

/**
 * Turns a document (text, HTML, DOCX, DOC or PDF, recognised by its content) into {@link ExtractedText}.
 * Thread-safe. HTML, DOCX, DOC and PDF are read on a fixed pool of {@link ExtractionLimits#workers()} threads; the caller
 * waits until the time budget ends, and the worker stops at the same deadline: every renderer checks it between the
 * library's steps (PDF operators, pages and decoded stream chunks, DOCX paragraphs and cells, HTML nodes), so a hostile
 * document costs one worker for at most its budget plus the longest single library step (see
 * docs/services/parse-service.md, "Bounded extraction"). Text is decoded inline, bounded by the limits.
 * {@link #close} stops the workers; idle workers end by themselves.
 */
public final class DocumentExtractor implements AutoCloseable {

    /** Idle workers end after this, so an extractor that is no longer used holds no threads. */
    private static final Duration IDLE_WORKER_LIFETIME = Duration.ofSeconds(30);
    private static final AtomicInteger WORKER_NUMBERS = new AtomicInteger();

    /** POI signals both of its zip-bomb checks only through this message prefix. */
    private static final String POI_ZIP_BOMB_MESSAGE = "Zip bomb detected!";

    private final ExtractionLimits limits;
    /**
     * Fixed size: a burst of hostile documents occupies at most this many cores. The queue is unbounded because every
     * caller waits for its own task: it never holds more tasks than there are callers.
     */
    private final ThreadPoolExecutor workers;
    private final AtomicInteger running = new AtomicInteger();

    public DocumentExtractor() {
        this(ExtractionLimits.DEFAULTS);
    }

    public DocumentExtractor(ExtractionLimits limits) {
        this.limits = limits;
        this.workers = new ThreadPoolExecutor(limits.workers(), limits.workers(),
                IDLE_WORKER_LIFETIME.toMillis(), TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), task -> {
            // Daemon: a worker inside a library step must not keep the JVM alive.
            Thread thread = new Thread(task, "document-extractor-" + WORKER_NUMBERS.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        workers.allowCoreThreadTimeOut(true);
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
        long deadline = System.nanoTime() + limits.timeBudget().toNanos();
        ContainerType container = ContainerSniffer.sniff(content);
        if (container == ContainerType.TEXT) {
            // Decoding is linear in the bounded input and runs no third-party parser: no worker hand-off needed.
            try {
                return render(container, content, deadline);
            } catch (IOException | RuntimeException e) {
                throw asUnreadable(e, container, fileName);
            }
        }
        Future<ExtractedText> work = workers.submit(() -> renderOnWorker(container, content, deadline));
        try {
            return work.get(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            work.cancel(true);
            throw timedOut(fileName, container, e);
        } catch (InterruptedException e) {
            work.cancel(true);
            Thread.currentThread().interrupt();
            throw new UnreadableDocumentException(Reason.TIMED_OUT, "interrupted while reading " + fileName, e);
        } catch (ExecutionException e) {
            // The worker may reach the deadline a moment before this thread's wait ends: one message either way.
            if (e.getCause() instanceof UnreadableDocumentException unreadable && unreadable.reason() == Reason.TIMED_OUT) {
                throw timedOut(fileName, container, unreadable);
            }
            throw asUnreadable(e.getCause(), container, fileName);
        }
    }

    /** Extractions running on a worker now (0 once every cancelled one has really stopped). */
    int runningExtractions() {
        return running.get();
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }

    private ExtractedText renderOnWorker(ContainerType container, byte[] content, long deadline) throws IOException {
        running.incrementAndGet();
        try {
            return render(container, content, deadline);
        } finally {
            running.decrementAndGet();
        }
    }

    /** Worded for the agency that submitted the document: what happened, in Chinese and English, without Java. */
    private UnreadableDocumentException timedOut(String fileName, ContainerType container, Throwable cause) {
        String seconds = BigDecimal.valueOf(limits.timeBudget().toNanos(), 9).stripTrailingZeros().toPlainString();
        return new UnreadableDocumentException(Reason.TIMED_OUT, fileName + " (" + container + "): 未能在 " + seconds
                + " 秒内读完，文件内容过于复杂或已损坏 / not read within " + seconds + " s: the content is too complex or damaged",
                cause);
    }

    private ExtractedText render(ContainerType container, byte[] content, long deadline) throws IOException {
        BoundedText out = new BoundedText(limits.maxChars(), deadline);
        String html = container == ContainerType.HTML ? TextDecoder.toChars(content) : null;
        Layout gridLayout = switch (container) {
            case TEXT -> {
                TextDecoder.decode(content, out);
                yield null;
            }
            case HTML -> HtmlRenderer.render(html, out) ? Layout.HTML_TABLE : null;
            case DOCX -> DocxRenderer.render(content, out) ? Layout.DOCX_TABLE : null;
            // a Word table is one grid whichever file format holds it
            case DOC -> DocRenderer.render(content, out) ? Layout.DOCX_TABLE : null;
            case PDF -> {
                PdfRenderer.render(content, out, limits);
                yield out.text().indexOf('\t') >= 0 ? Layout.PDF_LAYOUT : null;
            }
            case UNKNOWN -> throw ContainerSniffer.unsupported(content);
        };
        String text = out.text();
        if (text.isBlank()) {
            throw new UnreadableDocumentException(Reason.EMPTY, container + " without any text (a scan without text layer?)");
        }
        return html != null ? new ExtractedText(container, text, gridLayout, HtmlRenderer.stopsInsideRow(html))
                : new ExtractedText(container, text, gridLayout);
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
        if (failure instanceof EncryptedDocumentException) {
            return new UnreadableDocumentException(Reason.ENCRYPTED, document + "password-protected Word document", failure);
        }
        if (failure instanceof OutOfMemoryError) {
            return new UnreadableDocumentException(Reason.TOO_LARGE, document + "exhausted memory", failure);
        }
        return new UnreadableDocumentException(Reason.CORRUPT, document + failure, failure);
    }
}
