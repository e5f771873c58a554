package nianbao.ingest.admission;

import java.io.IOException;
import java.util.function.BooleanSupplier;
import org.apache.coyote.InputBuffer;
import org.apache.tomcat.util.net.ApplicationBufferHandler;

/**
 * Tomcat's request body input, cut when the body falls behind its {@link BodyDeadline}. Tomcat's own read timeout
 * ({@code server.tomcat.connection-timeout}) applies to each read and so never ends a body that trickles a byte at a
 * time; this applies to the body as a whole. Checked before and after every read; {@code onEnd} runs once, when the
 * body has been read to its end.
 */
final class DeadlineInputBuffer implements InputBuffer {

    private final InputBuffer delegate;
    private final BodyDeadline deadline;
    private final long startNanos;
    private final BooleanSupplier finished;
    private final Runnable onEnd;
    private long received;
    private boolean ended;

    DeadlineInputBuffer(InputBuffer delegate, BodyDeadline deadline, long startNanos,
                        BooleanSupplier finished, Runnable onEnd) {
        this.delegate = delegate;
        this.deadline = deadline;
        this.startNanos = startNanos;
        this.finished = finished;
        this.onEnd = onEnd;
    }

    @Override
    public int doRead(ApplicationBufferHandler handler) throws IOException {
        check();
        int read = delegate.doRead(handler);
        if (read > 0) received += read;
        check();
        if (!ended && (read < 0 || finished.getAsBoolean())) {
            ended = true;
            onEnd.run();
        }
        return read;
    }

    @Override
    public int available() {
        return delegate.available();
    }

    private void check() throws BodyTooSlowException {
        long elapsed = System.nanoTime() - startNanos;
        if (deadline.exceeded(elapsed, received)) throw new BodyTooSlowException(received, elapsed / 1_000_000);
    }
}
