package nianbao.notify.delivery;

import static nianbao.notify.support.Events.finding;
import static nianbao.notify.support.Events.operand;
import static nianbao.notify.support.Events.validated;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nianbao.events.Agency;
import nianbao.events.AgencyLevel;
import nianbao.events.ReportValidated;
import nianbao.events.RuleOutcome;
import nianbao.events.Severity;
import nianbao.notify.alerts.AlertStore;
import nianbao.notify.routing.SupervisorDirectory;
import nianbao.notify.support.NotifyIntegrationTest;
import nianbao.notify.support.WebhookReceiver.Received;

/**
 * Dispatchers built from the service's own outbox and senders, against the real SMTP sink and webhook receiver. A
 * "crash" is an {@link Error} thrown by a sender right after the real send returned: the dispatcher neither marks
 * the notice sent nor failed, exactly as after kill -9. The service's own dispatcher is stopped meanwhile, so only
 * the dispatchers of a test send. The agencies are in 330xxx: 浙江省政务公开办, by e-mail and webhook, is told.
 */
class DeliveryCrashTest extends NotifyIntegrationTest {

    private static final Duration LEASE = Duration.ofHours(1);
    private static final Instant SUBMITTED = Instant.parse("2023-01-25T00:00:00Z");

    @Autowired
    DeliveryDispatcher serviceDispatcher;
    @Autowired
    DeliveryOutbox outbox;
    @Autowired
    AlertStore alerts;
    @Autowired
    SupervisorDirectory directory;
    @Autowired
    List<NoticeSender> realSenders;
    @Autowired
    RetryBackOff backOff;

    /** Thrown by a sender after its send went out: the process died before recording it. */
    static final class SimulatedCrash extends Error {
        SimulatedCrash() {
            super("simulated crash between send and mark");
        }
    }

    @BeforeEach
    void stopTheServiceDispatcher() {
        serviceDispatcher.stop();
    }

    @AfterEach
    void restartTheServiceDispatcher() {
        serviceDispatcher.start();
    }

    @Test
    void aCrashAfterAMailIsSentResendsThatMailOnce_withTheSameMessageId() {
        Agency agency = agency("crash-mail-street", "邮件宕机测试街道办事处");
        List<String> submissions = publishFailing(agency, "cm", 3);

        assertThatThrownBy(dispatcher(Clock.systemUTC(), crashAfter(Channel.EMAIL, "cm-2"))::drain).isInstanceOf(SimulatedCrash.class);
        assertThat(mailCounts(agency)).isEqualTo(Map.of("cm-1", 1, "cm-2", 1));

        // a new dispatcher while the crashed one's lease holds: everything else, but not the notice in flight
        dispatcher(Clock.systemUTC(), senders -> senders).drain();
        assertThat(mailCounts(agency)).isEqualTo(Map.of("cm-1", 1, "cm-2", 1, "cm-3", 1));
        assertThat(hooksFor(submissions)).hasSize(3);

        // once the lease has run out: the one notice in flight at the crash, again
        dispatcher(Clock.offset(Clock.systemUTC(), LEASE.plusMinutes(1)), senders -> senders).drain();
        assertThat(mailCounts(agency)).isEqualTo(Map.of("cm-1", 1, "cm-2", 2, "cm-3", 1));
        List<String> messageIds = mails(agency).stream().filter(m -> "cm-2".equals(header(m, "X-Nianbao-Submission")))
                .map(DeliveryCrashTest::messageId).toList();
        assertThat(messageIds).hasSize(2);
        assertThat(messageIds.get(1)).isEqualTo(messageIds.get(0)).endsWith("@nianbao-notify>");
        assertThat(hooksFor(submissions)).hasSize(3);
        assertThat(unsent(agency)).isZero();
    }

    @Test
    void aCrashAfterAWebhookIsTakenResendsThatWebhookOnce_withTheSameDeliveryId() {
        Agency agency = agency("crash-hook-street", "回调宕机测试街道办事处");
        List<String> submissions = publishFailing(agency, "ch", 3);

        assertThatThrownBy(dispatcher(Clock.systemUTC(), crashAfter(Channel.WEBHOOK, "ch-1"))::drain)
                .isInstanceOf(SimulatedCrash.class);
        dispatcher(Clock.systemUTC(), senders -> senders).drain();
        assertThat(hookCounts(submissions)).isEqualTo(Map.of("ch-1", 1, "ch-2", 1, "ch-3", 1));

        dispatcher(Clock.offset(Clock.systemUTC(), LEASE.plusMinutes(1)), senders -> senders).drain();
        assertThat(hookCounts(submissions)).isEqualTo(Map.of("ch-1", 2, "ch-2", 1, "ch-3", 1));
        List<Received> twice = hooksFor(List.of("ch-1"));
        assertThat(twice.get(1).deliveryId()).isEqualTo(twice.get(0).deliveryId()).isNotBlank();
        assertThat(twice).allMatch(Received::signatureValid);
        assertThat(mailCounts(agency)).isEqualTo(Map.of("ch-1", 1, "ch-2", 1, "ch-3", 1));
        assertThat(unsent(agency)).isZero();
    }

    @Test
    void twoDispatchersAtOnceNeverSendTheSameNoticeTwice() throws Exception {
        Agency agency = agency("concurrent-street", "并发测试街道办事处");
        List<String> submissions = publishFailing(agency, "cc", 8);

        // each dispatcher's first send waits for the other's: both hold a lease at the same moment
        CyclicBarrier bothSending = new CyclicBarrier(2);
        Map<String, AtomicInteger> sentBy = new ConcurrentHashMap<>();
        List<DeliveryDispatcher> dispatchers = IntStream.rangeClosed(1, 2).mapToObj(n -> {
            AtomicBoolean waited = new AtomicBoolean();
            return dispatcher(Clock.systemUTC(), senders -> senders.stream().<NoticeSender>map(real -> new Hooked(real,
                    notice -> {
                        if (waited.compareAndSet(false, true)) {
                            bothSending.await(30, TimeUnit.SECONDS);
                        }
                    },
                    notice -> sentBy.computeIfAbsent("dispatcher " + n, k -> new AtomicInteger()).incrementAndGet()))
                    .toList());
        }).toList();
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> runs = threads.invokeAll(dispatchers.stream()
                    .map(d -> (Callable<Integer>) d::drain).toList());
            for (Future<Integer> run : runs) {
                run.get();
            }
        } finally {
            threads.shutdownNow();
        }

        Map<String, Integer> once = submissions.stream().collect(Collectors.toMap(s -> s, s -> 1));
        assertThat(mailCounts(agency)).isEqualTo(once);
        assertThat(hookCounts(submissions)).isEqualTo(once);
        assertThat(mails(agency).stream().map(DeliveryCrashTest::messageId).distinct()).hasSize(8);
        assertThat(sentBy.keySet()).containsExactlyInAnyOrder("dispatcher 1", "dispatcher 2");
        assertThat(unsent(agency)).isZero();
    }

    private static Agency agency(String id, String name) {
        return Agency.newBuilder().setId(id).setName(name).setRegionCode("330327").setLevel(AgencyLevel.TOWNSHIP)
                .build();
    }

    /** One validation per year from 2010 on, each with one failing finding: two notices (mail, webhook) each. */
    private List<String> publishFailing(Agency agency, String prefix, int count) {
        List<String> submissions = IntStream.rangeClosed(1, count).mapToObj(n -> prefix + "-" + n).toList();
        ReportValidated[] events = IntStream.rangeClosed(1, count).mapToObj(n -> validated(prefix + "-" + n, agency,
                2009 + n, SUBMITTED, finding("T3-BALANCE", RuleOutcome.FAIL, Severity.ERROR, prefix + "-balance-" + n,
                        "收支不平衡", null, operand("T3[R1][TOT]", Integer.toString(n), 30)))).toArray(ReportValidated[]::new);
        publish(events);
        submissions.forEach(this::awaitStored);
        assertThat(unsent(agency)).isEqualTo(2 * count);
        return submissions;
    }

    private DeliveryDispatcher dispatcher(Clock clock,
                                          UnaryOperator<List<NoticeSender>> wrapSenders) {
        return new DeliveryDispatcher(outbox, alerts, directory, wrapSenders.apply(realSenders), backOff, clock,
                new DeliveryProperties(LEASE, Duration.ofSeconds(2), Duration.ofMinutes(10)));
    }

    /** The real senders; the one of {@code channel} dies right after it sent the notice of {@code submission}. */
    private static UnaryOperator<List<NoticeSender>> crashAfter(Channel channel, String submission) {
        return senders -> senders.stream().<NoticeSender>map(real -> real.channel() != channel ? real
                : new Hooked(real, notice -> { }, notice -> {
                    if (notice.submissionId().equals(submission)) {
                        throw new SimulatedCrash();
                    }
                })).toList();
    }

    /** Something to do before or after a real send. */
    interface SendHook {
        void run(Notice notice) throws Exception;
    }

    /** A real sender with hooks around each send. */
    record Hooked(NoticeSender real, SendHook before, SendHook after) implements NoticeSender {

        @Override
        public Channel channel() {
            return real.channel();
        }

        @Override
        public void send(Notice notice) throws Exception {
            before.run(notice);
            real.send(notice);
            after.run(notice);
        }
    }

    private static List<MimeMessage> mails(Agency agency) {
        return mailAbout(agency.getName());
    }

    private static Map<String, Integer> mailCounts(Agency agency) {
        return mails(agency).stream().collect(Collectors.toMap(
                m -> header(m, "X-Nianbao-Submission"), m -> 1, Integer::sum));
    }

    private static List<Received> hooksFor(List<String> submissions) {
        return WEBHOOKS.received("zhejiang").stream()
                .filter(r -> submissions.stream().anyMatch(s -> r.body().contains("\"submissionId\":\"" + s + "\"")))
                .toList();
    }

    private static Map<String, Integer> hookCounts(List<String> submissions) {
        return hooksFor(submissions).stream().collect(Collectors.toMap(
                r -> submissions.stream().filter(s -> r.body().contains("\"submissionId\":\"" + s + "\"")).findFirst()
                        .orElseThrow(), r -> 1, Integer::sum));
    }

    private int unsent(Agency agency) {
        return jdbc.sql("""
                select count(*) from delivery d join alert a using (fingerprint)
                where a.agency_id = :agency and d.sent_at is null""")
                .param("agency", agency.getId().toString()).query(Integer.class).single();
    }

    private static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
