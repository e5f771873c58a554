package nianbao.parse.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.joran.spi.JoranException;
import ch.qos.logback.core.read.ListAppender;
import ch.qos.logback.core.spi.FilterReply;
import ch.qos.logback.core.status.Status;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LibraryLogThrottleTest {

    private final AtomicLong now = new AtomicLong();
    private final LoggerContext context = new LoggerContext();
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

    @BeforeEach
    void configure() {
        LibraryLogThrottle throttle = new LibraryLogThrottle(now::get);
        throttle.addLibrary("org.apache.pdfbox");
        throttle.addLibrary("org.apache.poi");
        throttle.setEventsPerMinute(3);
        throttle.start();
        context.addTurboFilter(throttle);
        logged.setContext(context);
        logged.start();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(logged);
    }

    @Test
    void eachLibraryLogsAtMostItsAllowanceAMinute() {
        warn("org.apache.pdfbox.contentstream.operator.text.MoveText", 1000);
        warn("org.apache.poi.openxml4j.util.ZipSecure", 2);
        now.addAndGet(TimeUnit.SECONDS.toNanos(59));
        warn("org.apache.pdfbox.pdfparser.COSParser", 10);

        assertThat(logged.list).extracting(ILoggingEvent::getLoggerName).containsExactly(
                "org.apache.pdfbox.contentstream.operator.text.MoveText",
                "org.apache.pdfbox.contentstream.operator.text.MoveText",
                "org.apache.pdfbox.contentstream.operator.text.MoveText",
                "org.apache.poi.openxml4j.util.ZipSecure",
                "org.apache.poi.openxml4j.util.ZipSecure");
    }

    @Test
    void theAllowanceComesBackAfterAMinute() {
        warn("org.apache.pdfbox.text.PDFTextStripper", 10);
        now.addAndGet(TimeUnit.SECONDS.toNanos(60));
        warn("org.apache.pdfbox.text.PDFTextStripper", 10);

        assertThat(logged.list).hasSize(6);
    }

    @Test
    void otherLoggersAndQuestionsAboutLevelsAreNotCounted() {
        Logger pdfbox = context.getLogger("org.apache.pdfbox.cos.COSStream");
        for (int i = 0; i < 10; i++) {
            assertThat(pdfbox.isWarnEnabled()).isTrue();
            pdfbox.debug("below the level, dropped anyway");
        }
        warn("nianbao.parse.events.SubmissionParser", 10);
        warn("org.apache.pdfboxing.Other", 10); // a name that only starts like a library's
        warn("org.apache.pdfbox.cos.COSStream", 10);

        assertThat(logged.list).hasSize(23);
    }

    @Test
    void theServiceLoggingConfigurationInstallsItAndQuietsPdfBox() throws JoranException {
        LoggerContext service = new LoggerContext();
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(service);
        configurator.doConfigure(getClass().getResource("/logback-spring.xml"));

        assertThat(service.getStatusManager().getCopyOfStatusList()).noneMatch(status -> status.getLevel() == Status.ERROR);
        assertThat(service.getTurboFilterList()).hasOnlyElementsOfType(LibraryLogThrottle.class).hasSize(1);
        assertThat(service.getLogger("org.apache.pdfbox.contentstream.operator.text.MoveText").getEffectiveLevel())
                .isEqualTo(Level.ERROR);
        Logger poi = service.getLogger("org.apache.poi.openxml4j.util.ZipSecure");
        TurboFilter throttle = service.getTurboFilterList().get(0);
        assertThat(IntStream.range(0, 7).mapToObj(i -> throttle.decide(null, poi, Level.ERROR, "error", null, null)))
                .containsExactly(FilterReply.NEUTRAL, FilterReply.NEUTRAL, FilterReply.NEUTRAL, FilterReply.NEUTRAL,
                        FilterReply.NEUTRAL, FilterReply.DENY, FilterReply.DENY);
        service.stop();
    }

    private void warn(String logger, int times) {
        for (int i = 0; i < times; i++) {
            context.getLogger(logger).warn("repeated warning {}", i);
        }
    }
}
