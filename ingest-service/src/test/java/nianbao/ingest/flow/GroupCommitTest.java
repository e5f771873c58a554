package nianbao.ingest.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import nianbao.events.ReportSubmitted;
import nianbao.ingest.publishing.ReportSubmittedPublisher;
import nianbao.ingest.publishing.SubmissionRecorder;
import nianbao.report.testing.SampleReports;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.kafka.test.context.EmbeddedKafka;
import tools.jackson.databind.JsonNode;

/**
 * Kafka first with group commit, on real parts: concurrent submissions share one Kafka transaction and each gets its
 * row and its event exactly once; a failure between the Kafka commit and the row insert is repaired by the repair
 * consumer; identical uploads at once publish one event. The database step of the publisher runs through
 * {@link InsertHook}, which passes through to the real store unless a test holds or fails it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
        // 16 uploads of one agency at once, by design
        "nianbao.admission.max-uploads-per-agency=32"})
@EmbeddedKafka(partitions = 6, topics = "report-validated")
@Import(GroupCommitTest.Hooks.class)
class GroupCommitTest extends OnRealParts {

    /** Makes each upload's bytes unique to this run (the database is shared by the test JVM's contexts). */
    private static final String RUN = UUID.randomUUID().toString();

    @Autowired
    InsertHook insertHook;

    @Autowired
    ReportSubmittedPublisher publisher;

    @AfterEach
    void openTheHook() {
        insertHook.reset();
    }

    @Test
    void submissionsArrivingDuringATransactionAreCommittedTogetherInTheNextOne() throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(16);
        try {
            CountDownLatch held = insertHook.holdNextBatch();
            CompletableFuture<Http.Answer> firstUpload = CompletableFuture.supplyAsync(() -> upload("jinping-street", 0), clients);
            assertThat(held.await(60, TimeUnit.SECONDS)).as("the first batch reached its row insert").isTrue();

            // the publisher thread is inside the first batch's database step: these 15 queue behind it
            List<CompletableFuture<Http.Answer>> uploads = new ArrayList<>(List.of(firstUpload));
            IntStream.rangeClosed(1, 15).forEach(n -> uploads.add(CompletableFuture.supplyAsync(() -> upload("jinping-street", n), clients)));
            awaitQueued(15);
            insertHook.release();

            List<Http.Answer> answers = uploads.stream().map(CompletableFuture::join).toList();
            assertThat(answers).extracting(Http.Answer::status).containsOnly(202);
            List<String> ids = answers.stream().map(answer -> answer.body().get("submissionId").asString()).toList();
            assertThat(Set.copyOf(ids)).hasSize(16);
            assertThat(insertHook.batchSizes()).containsExactly(1, 15);

            List<ConsumerRecord<String, ReportSubmitted>> events = SubmittedTopic.eventsOfAgency(brokers, "jinping-street");
            assertThat(events).extracting(event -> event.value().getSubmissionId()).containsExactlyInAnyOrderElementsOf(ids);
            // one transaction: the 15 records lie next to each other, its commit marker only after the last
            List<Long> laterOffsets = events.stream().filter(event -> !event.value().getSubmissionId().equals(ids.get(0)))
                    .map(ConsumerRecord::offset).sorted().toList();
            assertThat(laterOffsets.get(14) - laterOffsets.get(0)).isEqualTo(14);
            assertThat(rowsWithIds(ids)).isEqualTo(16);
        } finally {
            clients.shutdownNow();
        }
    }

    @Test
    void aSubmissionPublishedWhoseRowInsertFailedGetsItsRowFromTheRepairConsumer() {
        insertHook.failFor("qidong-hitech-jinhai");

        Http.Answer answer = upload("qidong-hitech-jinhai", 0);

        assertThat(answer.status()).isEqualTo(202);
        assertThat(insertHook.failures()).isEqualTo(1);
        String id = answer.body().get("submissionId").asString();
        JsonNode status = awaitRecorded(id);
        assertThat(status.get("agencyId").asString()).isEqualTo("qidong-hitech-jinhai");
        assertThat(status.get("reportYear").asInt()).isEqualTo(2022);
        assertThat(status.get("fileName").asString()).isEqualTo("qidong-hitech-jinhai-0.txt");
        assertThat(status.get("channel").asString()).isEqualTo("API");
        assertThat(status.get("status").asString()).isEqualTo("SUBMITTED");
        List<ConsumerRecord<String, ReportSubmitted>> events = SubmittedTopic.eventsOfAgency(brokers, "qidong-hitech-jinhai");
        assertThat(events).extracting(event -> event.value().getSubmissionId()).containsExactly(id);
        assertThat(status.get("sha256").asString()).isEqualTo(events.get(0).value().getDocument().getSha256());
        assertThat(status.get("submittedAt").asString()).isEqualTo(events.get(0).value().getSubmittedAt().toString());
    }

    @Test
    void eightIdenticalUploadsAtOnceMakeOneSubmissionAndOneEvent() throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            CyclicBarrier start = new CyclicBarrier(8);
            List<CompletableFuture<Http.Answer>> uploads = IntStream.range(0, 8)
                    .mapToObj(n -> CompletableFuture.supplyAsync(() -> {
                        await(start);
                        return upload("kunwu-office", 0);
                    }, clients))
                    .toList();
            List<Http.Answer> answers = uploads.stream().map(CompletableFuture::join).toList();

            // whichever interleaving (joined in flight, or found recorded): one is accepted, the others are its duplicates
            assertThat(answers).extracting(Http.Answer::status).containsExactlyInAnyOrder(202, 200, 200, 200, 200, 200, 200, 200);
            String id = answers.get(0).body().get("submissionId").asString();
            assertThat(answers).extracting(answer -> answer.body().get("submissionId").asString()).containsOnly(id);
            List<ConsumerRecord<String, ReportSubmitted>> events = SubmittedTopic.eventsOfAgency(brokers, "kunwu-office");
            assertThat(events).extracting(event -> event.value().getSubmissionId()).containsExactly(id);
            assertThat(rowsWithIds(List.of(id))).isEqualTo(1);
        } finally {
            clients.shutdownNow();
        }
    }

    /** The agency's sample report for 2022, made unique by a last line naming the run and the number. */
    private Http.Answer upload(String agencyId, int number) {
        String sample = agencyId.equals("kunwu-office") ? "kunwu-office-2020.txt" : agencyId + "-2022.txt";
        byte[] report = (new String(SampleReports.bytes(sample), StandardCharsets.UTF_8) + "\n（载荷 " + RUN + " " + number + "）\n")
                .getBytes(StandardCharsets.UTF_8);
        return Http.upload(url("/api/reports"), agencyId + "-key", agencyId + "-" + number + ".txt", report,
                "agencyId", agencyId, "reportYear", "2022");
    }

    private long rowsWithIds(List<String> ids) {
        return jdbc.sql("select count(*) from submission where id::text in (:ids)").param("ids", ids)
                .query(Long.class).single();
    }

    private void awaitQueued(int count) {
        Instant giveUp = Instant.now().plus(SubmittedTopic.PATIENCE);
        while (publisher.queued() < count) {
            if (Instant.now().isAfter(giveUp)) fail("only " + publisher.queued() + " of " + count + " submissions queued");
            pause();
        }
    }

    private JsonNode awaitRecorded(String id) {
        Instant giveUp = Instant.now().plus(SubmittedTopic.PATIENCE);
        while (Instant.now().isBefore(giveUp)) {
            Http.Answer status = Http.get(url("/api/reports/" + id));
            if (status.status() == 200) return status.body();
            assertThat(status.status()).isEqualTo(404);
            pause();
        }
        return fail("no row for published submission " + id + " within " + SubmittedTopic.PATIENCE);
    }

    private static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The publisher's database step, passed through to the real store unless held or failed by a test. */
    static final class InsertHook implements SubmissionRecorder {

        private final SubmissionRecorder store;
        private final List<Integer> batchSizes = new CopyOnWriteArrayList<>();
        private final AtomicInteger failures = new AtomicInteger();
        private volatile boolean holdNext;
        private volatile CountDownLatch entered;
        private volatile CountDownLatch gate;
        private volatile Set<String> failingAgencies = Set.of();

        InsertHook(SubmissionRecorder store) {
            this.store = store;
        }

        @Override
        public Map<UUID, UUID> record(List<ReportSubmitted> events) {
            batchSizes.add(events.size());
            if (holdNext) {
                holdNext = false;
                entered.countDown();
                try {
                    gate.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            if (events.stream().anyMatch(event -> failingAgencies.contains(event.getAgency().getId()))) {
                failures.incrementAndGet();
                throw new IllegalStateException("insert failed (test hook): as if the service crashed after the Kafka commit");
            }
            return store.record(events);
        }

        CountDownLatch holdNextBatch() {
            batchSizes.clear();
            entered = new CountDownLatch(1);
            gate = new CountDownLatch(1);
            holdNext = true;
            return entered;
        }

        void release() {
            gate.countDown();
        }

        void failFor(String... agencyIds) {
            failingAgencies = Set.copyOf(Arrays.asList(agencyIds));
        }

        int failures() {
            return failures.get();
        }

        List<Integer> batchSizes() {
            return List.copyOf(batchSizes);
        }

        void reset() {
            failingAgencies = Set.of();
            failures.set(0);
        }
    }

    @TestConfiguration
    static class Hooks {
        @Bean
        @Primary
        InsertHook insertHook(@Qualifier("submissionStore") SubmissionRecorder store) {
            return new InsertHook(store);
        }
    }
}
