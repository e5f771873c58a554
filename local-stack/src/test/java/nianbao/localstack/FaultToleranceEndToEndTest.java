package nianbao.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import nianbao.events.ReportParsed;
import nianbao.events.ReportSubmitted;
import nianbao.events.ReportValidated;
import nianbao.infra.files.Directories;
import nianbao.infra.mail.SmtpSink.ReceivedMail;
import nianbao.infra.postgres.EmbeddedPostgresServer;
import nianbao.localstack.SubmissionStream.Sent;
import nianbao.schemas.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;

/**
 * Issue 12 item 7: the whole local stack under a steady stream of submissions while, in turn, each service is killed
 * with SIGKILL (and restarted by the stack's supervisor) and the broker is frozen. Then nothing accepted is lost or
 * doubled: every submission answered 202 has exactly one event in report-submitted, report-parsed and
 * report-validated and one row in ingest's database; nothing is dead-lettered; every alert that was due is mailed,
 * and no more mails repeat an earlier one than notify-service was killed times. docs/fault-tolerance.md has the
 * figures of a run.
 *
 * <p>The freeze is a real one: the broker runs in a child JVM of its own here ({@link
 * StackSettings#withBrokerInOwnJvm()}), which gets SIGSTOP and, {@link #FREEZE} later, SIGCONT — its sockets stay
 * open and nothing answers, as with a broker stalled by a long GC pause or a stuck disk. In the stack's usual mode the
 * broker shares the JVM of the test (and of {@code nianbao-local}), where a SIGSTOP would freeze the test itself;
 * the broker is the same {@code KraftBroker} in both modes.
 *
 * <p>Notify-service is killed first: a notice it had claimed but not marked as sent when it died is sent again only
 * once its lease (2 min) has run out, which then happens while the other faults run.
 */
class FaultToleranceEndToEndTest {

    private static final int CLIENTS = 3;
    private static final double SUBMISSIONS_PER_SECOND = 10;
    private static final Duration WRONG_TOTAL_EVERY = Duration.ofSeconds(3);
    /** Load between two faults, and before the first. */
    private static final Duration STEADY = Duration.ofSeconds(5);
    private static final Duration FREEZE = Duration.ofSeconds(15);
    private static final List<Service> KILLED = List.of(Service.NOTIFY, Service.INGEST, Service.PARSE, Service.VALIDATE);
    private static final Duration RECOVERY_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration DRAIN_TIMEOUT = Duration.ofMinutes(4);
    /** 龙亭区 (410202) is covered by 开封市 (410200) and 河南省 (410000). */
    private static final List<String> LONGTING_SUPERVISORS =
            List.of("kaifeng-gongkai@example.org", "henan-gongkai@example.org");
    private static final String SUBMISSION_HEADER = "X-Nianbao-Submission";
    /** What an alert's subject says, as opposed to a notice that alerts were resolved. */
    private static final String NEW_FINDINGS = "new finding(s)";

    @Test
    void noAcceptedSubmissionIsLostOrDoubledWhenEachServiceIsKilledAndTheBrokerFrozen() throws Exception {
        Path dataDir = Directories.createTemp("nianbao-faults-");
        StackSettings settings = StackSettings.freePorts(dataDir, RepositoryRoot.find()).withBrokerInOwnJvm();
        try (LocalStack stack = LocalStack.start(settings);
             TopicReader<ReportSubmitted> submitted = reader(stack, Topics.REPORT_SUBMITTED);
             TopicReader<ReportParsed> parsed = reader(stack, Topics.REPORT_PARSED);
             TopicReader<ReportValidated> validated = reader(stack, Topics.REPORT_VALIDATED)) {
            assertThat(stack.brokerPid()).isNotEqualTo(ProcessHandle.current().pid());
            System.out.printf("stack up in %d s; %d cores%n", stack.startupTime().toSeconds(),
                    Runtime.getRuntime().availableProcessors());

            Instant streamStart = Instant.now();
            SubmissionStream stream = SubmissionStream.start(new IngestClient(stack.serviceUrl(Service.INGEST)),
                    CLIENTS, SUBMISSIONS_PER_SECOND, WRONG_TOTAL_EVERY);
            Map<Service, Duration> restarts = new LinkedHashMap<>();
            List<Sent> sent;
            try {
                Thread.sleep(STEADY.toMillis());
                for (Service service : KILLED) {
                    restarts.put(service, killAndAwaitRestart(stack, service));
                    Thread.sleep(STEADY.toMillis());
                }
                freeze(stack.brokerPid(), FREEZE);
                Thread.sleep(STEADY.toMillis());
            } finally {
                sent = stream.stop();
            }
            Instant streamEnd = Instant.now();

            assertThat(sent).as("submissions not accepted in the end").allMatch(Sent::accepted);
            assertThat(sent).as("a 200 duplicate answers only a retry of an attempt that got no answer")
                    .filteredOn(s -> s.status() == 200).allMatch(s -> s.unanswered() > 0);
            Set<String> accepted = sent.stream().map(Sent::submissionId).collect(Collectors.toSet());
            assertThat(accepted).as("one id per report").hasSize(sent.size());
            List<String> wrongTotals = sent.stream().filter(Sent::wrongTotal).map(Sent::submissionId).toList();

            awaitDrained(stack, accepted, validated, wrongTotals);
            Duration drain = Duration.between(streamEnd, Instant.now());

            assertThat(countBySubmission(submitted.values(), ReportSubmitted::getSubmissionId))
                    .as("report-submitted").isEqualTo(once(accepted));
            assertThat(countBySubmission(parsed.values(), ReportParsed::getSubmissionId))
                    .as("report-parsed").isEqualTo(once(accepted));
            assertThat(countBySubmission(validated.values(), ReportValidated::getSubmissionId))
                    .as("report-validated").isEqualTo(once(accepted));
            assertThat(ingestRows(stack)).as("rows of ingest's submission table").isEqualTo(once(accepted));
            assertThat(deadLetters(stack)).as("records in the -dlt topics").isEmpty();
            List<ReceivedMail> mails = stack.smtpSink().messages();
            int duplicateMails = duplicates(mails);
            int notifyCrashes = (int) KILLED.stream().filter(Service.NOTIFY::equals).count();
            assertThat(duplicateMails).as("mails repeating an earlier one").isLessThanOrEqualTo(notifyCrashes);

            Duration streamed = Duration.between(streamStart, streamEnd);
            System.out.printf("""
                    fault run: %d reports accepted in %d s (%.1f/s held; %d with a wrong total), %d answered 202 and %d \
                    200 after an unanswered attempt; %d retried (%d refusals 503/429, %d attempts without answer)
                    crashes survived (SIGKILL, back healthy after): %s; broker frozen %d s
                    drained %d s after the last submission; %d mails, %d due alerts (%d supervisors each), %d duplicate \
                    mails (%d notify crash(es))
                    %n""",
                    sent.size(), streamed.toSeconds(), sent.size() / (streamed.toMillis() / 1000.0), wrongTotals.size(),
                    sent.stream().filter(s -> s.status() == 202).count(),
                    sent.stream().filter(s -> s.status() == 200).count(),
                    sent.stream().filter(Sent::retried).count(), sent.stream().mapToInt(Sent::refused).sum(),
                    sent.stream().mapToInt(Sent::unanswered).sum(),
                    restarts.entrySet().stream().map(e -> e.getKey().module() + " " + e.getValue().toSeconds() + " s")
                            .collect(Collectors.joining(", ")),
                    FREEZE.toSeconds(), drain.toSeconds(), mails.size(), wrongTotals.size(), LONGTING_SUPERVISORS.size(),
                    duplicateMails, notifyCrashes);
        } finally {
            Directories.deleteRecursively(dataDir);
        }
    }

    private static <V extends org.apache.avro.specific.SpecificRecord> TopicReader<V> reader(
            LocalStack stack, nianbao.schemas.Topic<V> topic) {
        return TopicReader.of(topic, stack.bootstrapServers(), stack.schemaRegistryUrl());
    }

    /** SIGKILL to the service's JVM; returns once the supervisor's new one answers its health check. */
    private static Duration killAndAwaitRestart(LocalStack stack, Service service) {
        long killed = stack.servicePid(service);
        Instant start = Instant.now();
        assertThat(ProcessHandle.of(killed).orElseThrow().destroyForcibly()).isTrue();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create(stack.serviceUrl(service) + "/actuator/health"))
                .timeout(Duration.ofSeconds(5)).build();
        await().atMost(RECOVERY_TIMEOUT).pollInterval(Duration.ofMillis(500)).ignoreExceptions().until(() ->
                stack.servicePid(service) != killed
                        && http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200);
        return Duration.between(start, Instant.now());
    }

    /** SIGSTOP to the broker's JVM, SIGCONT {@code length} later (also when interrupted). */
    private static void freeze(long pid, Duration length) throws IOException, InterruptedException {
        signal("STOP", pid);
        try {
            Thread.sleep(length.toMillis());
        } finally {
            signal("CONT", pid);
        }
    }

    private static void signal(String signal, long pid) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start();
        assertThat(kill.waitFor()).as("kill -%s %d", signal, pid).isZero();
    }

    /**
     * Waits until every accepted report is validated and each supervisor of 龙亭区 has the alert of each report with
     * a wrong total; fails with what is missing after {@link #DRAIN_TIMEOUT}.
     */
    private static void awaitDrained(LocalStack stack, Set<String> accepted, TopicReader<ReportValidated> validated,
                                     List<String> wrongTotals) {
        await().atMost(DRAIN_TIMEOUT).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            Set<String> done = validated.values().stream().map(ReportValidated::getSubmissionId)
                    .collect(Collectors.toSet());
            assertThat(done).as("validated").containsAll(accepted);
            for (String supervisor : LONGTING_SUPERVISORS) {
                Set<String> alerted = stack.smtpSink().messagesTo(supervisor).stream()
                        .filter(mail -> mail.subject().contains(NEW_FINDINGS))
                        .map(mail -> mail.headers().get(SUBMISSION_HEADER)).collect(Collectors.toSet());
                assertThat(alerted).as("reports with a wrong total alerted to %s", supervisor)
                        .containsAll(wrongTotals);
            }
        });
    }

    private static <V> Map<String, Integer> countBySubmission(List<V> values, Function<V, String> id) {
        Map<String, Integer> counts = new TreeMap<>();
        values.forEach(value -> counts.merge(id.apply(value), 1, Integer::sum));
        return counts;
    }

    private static Map<String, Integer> once(Set<String> ids) {
        Map<String, Integer> counts = new TreeMap<>();
        ids.forEach(id -> counts.put(id, 1));
        return counts;
    }

    private static Map<String, Integer> ingestRows(LocalStack stack) throws SQLException {
        try (Connection db = DriverManager.getConnection(stack.jdbcUrl(), EmbeddedPostgresServer.USER, "postgres");
             Statement query = db.createStatement();
             ResultSet rows = query.executeQuery("select id from " + Service.INGEST.databaseSchema() + ".submission")) {
            List<String> ids = new ArrayList<>();
            while (rows.next()) {
                ids.add(rows.getObject(1, UUID.class).toString());
            }
            return countBySubmission(ids, Function.identity());
        }
    }

    /** Every committed record of every {@code *-dlt} topic, as topic name and offset. */
    private static List<String> deadLetters(LocalStack stack) throws Exception {
        Map<String, Object> bootstrap = Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers());
        Set<String> dlts;
        List<TopicPartition> partitions = new ArrayList<>();
        try (Admin admin = Admin.create(bootstrap)) {
            dlts = admin.listTopics().names().get().stream().filter(name -> name.endsWith("-dlt"))
                    .collect(Collectors.toSet());
            admin.describeTopics(dlts).allTopicNames().get().values().forEach(description ->
                    description.partitions().forEach(p -> partitions.add(new TopicPartition(description.name(),
                            p.partition()))));
        }
        assertThat(dlts).as("the catalogue's dead-letter topics").isNotEmpty();
        List<String> found = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers(),
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            Set<TopicPartition> reading = new HashSet<>(partitions);
            Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
            while (!reading.isEmpty() && Instant.now().isBefore(deadline)) {
                consumer.poll(Duration.ofMillis(500))
                        .forEach(r -> found.add(r.topic() + "@" + r.offset()));
                reading.removeIf(p -> consumer.position(p) >= ends.get(p));
            }
            assertThat(reading).as("dead-letter partitions read to their end").isEmpty();
        }
        return found;
    }

    /**
     * Mails that repeat an earlier one: the same Message-ID to the same mailbox (a notice sent again), or, should a
     * resend carry another id, the same subject about the same submission to the same mailbox.
     */
    private static int duplicates(List<ReceivedMail> mails) {
        int byMessageId = mails.size() - (int) mails.stream()
                .map(mail -> mail.mailbox() + "\n" + mail.messageId()).distinct().count();
        int byNotice = mails.size() - (int) mails.stream()
                .map(mail -> mail.mailbox() + "\n" + mail.headers().get(SUBMISSION_HEADER) + "\n" + mail.subject())
                .distinct().count();
        return Math.max(byMessageId, byNotice);
    }
}
