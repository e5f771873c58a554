package nianbao.parse.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.slf4j.Marker;

/**
 * Lets each listed third-party library log at most {@code eventsPerMinute} events a minute and drops the rest.
 * PDFBox and POI log a line per malformed operator or record, so one hostile document would otherwise write millions
 * of lines (issue 12: 16.7 GB in 12 minutes); our own loggers are never throttled. Configured in logback
 * ({@code nianbao/parse/logback-libraries.xml}): one {@code <library>} element per logger-name prefix.
 */
public final class LibraryLogThrottle extends TurboFilter {

    private static final long WINDOW_NANOS = TimeUnit.MINUTES.toNanos(1);

    private final List<Library> libraries = new CopyOnWriteArrayList<>();
    private final LongSupplier nanoClock;
    private volatile int eventsPerMinute = 5;

    public LibraryLogThrottle() {
        this(System::nanoTime);
    }

    LibraryLogThrottle(LongSupplier nanoClock) {
        this.nanoClock = nanoClock;
    }

    /** A logger-name prefix such as {@code org.apache.pdfbox}: that logger and those below it. */
    public void addLibrary(String loggerPrefix) {
        libraries.add(new Library(loggerPrefix.strip()));
    }

    public void setEventsPerMinute(int eventsPerMinute) {
        this.eventsPerMinute = eventsPerMinute;
    }

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
        // Without a message this is an isEnabled() question, and an event below the logger's level is dropped anyway:
        // neither counts.
        if (format == null && t == null || !level.isGreaterOrEqual(logger.getEffectiveLevel())) {
            return FilterReply.NEUTRAL;
        }
        for (Library library : libraries) {
            if (library.covers(logger.getName())) {
                return library.admit(nanoClock.getAsLong(), eventsPerMinute) ? FilterReply.NEUTRAL : FilterReply.DENY;
            }
        }
        return FilterReply.NEUTRAL;
    }

    /** One library's events in the current one-minute window. */
    private static final class Library {
        private final String prefix;
        private boolean windowOpen;
        private long windowStart;
        private int events;

        Library(String prefix) {
            this.prefix = prefix;
        }

        boolean covers(String loggerName) {
            return loggerName.startsWith(prefix)
                    && (loggerName.length() == prefix.length() || loggerName.charAt(prefix.length()) == '.');
        }

        synchronized boolean admit(long now, int limit) {
            if (!windowOpen || now - windowStart >= WINDOW_NANOS) {
                windowOpen = true;
                windowStart = now;
                events = 0;
            }
            return ++events <= limit;
        }
    }
}
