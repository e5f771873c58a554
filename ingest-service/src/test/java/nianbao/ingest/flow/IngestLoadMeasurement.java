package nianbao.ingest.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import nianbao.report.testing.SampleReports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.test.context.EmbeddedKafka;

/**
 * Not a test: the measurement of ingest-service alone behind docs/benchmarks.md ("Ingest alone"), run only when
 * {@code -Dnianbao.load.submissions=N} is given. The service on real parts (embedded KRaft broker with 12 partitions,
 * Apicurio Registry, PostgreSQL), {@code clients} HTTP client threads submitting unique sample reports: a warm-up,
 * then N at a fixed rate, N as fast as the clients go, and N at the fixed rate again. Prints HTTP round trips (p50/p95/p99/max, from the moment a
 * client thread sends) and accepted/s; at the fixed rate also the latency from each submission's due time, which
 * includes waiting for a free client. Checks only that every submission was accepted and recorded once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
        "logging.level.root=WARN",
        // it measures publishing: 16 clients over five agencies may have more than 4 bodies of one agency in flight
        "nianbao.admission.max-uploads-per-agency=32"})
@EmbeddedKafka(partitions = 12, topics = "report-validated")
@EnabledIfSystemProperty(named = "nianbao.load.submissions", matches = "\\d+")
class IngestLoadMeasurement extends OnRealParts {

    private static final List<String> AGENCIES = List.of("longting-gov-office", "kunwu-office",
            "chaoyang-business-env-bureau", "jinping-street", "qidong-hitech-jinhai");
    private static final Map<String, String> SAMPLES = Map.of(
            "longting-gov-office", "longting-gov-office-2022.txt", "kunwu-office", "kunwu-office-2020.txt",
            "chaoyang-business-env-bureau", "chaoyang-business-env-bureau-2023.txt",
            "jinping-street", "jinping-street-2022.txt", "qidong-hitech-jinhai", "qidong-hitech-jinhai-2022.txt");

    private final AtomicInteger sequence = new AtomicInteger();

    private record Sent(int status, String submissionId, long roundTripNanos, long sinceDueNanos) {
    }

    @Test
    void measure() throws Exception {
        int submissions = Integer.getInteger("nianbao.load.submissions");
        int clients = Integer.getInteger("nianbao.load.clients", 16);
        double rate = Double.parseDouble(System.getProperty("nianbao.load.rate", "200"));
        int warmup = Integer.getInteger("nianbao.load.warmup", 2000);

        send(warmup, clients, 0);
        System.out.printf("%n%d cores; %d clients; %d warm-up submissions done%n",
                Runtime.getRuntime().availableProcessors(), clients, warmup);
        report("fixed rate " + rate + "/s", submissions, clients, rate);
        report("as fast as the clients go", submissions, clients, 0);
        report("fixed rate " + rate + "/s, again", submissions, clients, rate);
    }

    private void report(String name, int submissions, int clients, double rate) throws Exception {
        long started = System.nanoTime();
        List<Sent> sent = send(submissions, clients, rate);
        double seconds = (System.nanoTime() - started) / 1e9;
        Map<Integer, Long> statuses = sent.stream().collect(Collectors.groupingBy(Sent::status, Collectors.counting()));
        List<String> ids = sent.stream().filter(s -> s.status() == 202).map(Sent::submissionId).toList();
        System.out.printf("%s: statuses %s; %d accepted in %.1f s = %.1f accepted/s%n", name, statuses, ids.size(),
                seconds, ids.size() / seconds);
        System.out.println("  latency ms            p50     p95     p99     max");
        System.out.println(percentiles("  HTTP round trip", sent.stream().map(s -> s.roundTripNanos() / 1_000_000).toList()));
        if (rate > 0) {
            System.out.println(percentiles("  from due time", sent.stream().map(s -> s.sinceDueNanos() / 1_000_000).toList()));
        }
        assertThat(statuses).containsOnlyKeys(202);
        long rows = jdbc.sql("select count(*) from submission where id::text in (:ids)").param("ids", ids)
                .query(Long.class).single();
        assertThat(rows).isEqualTo(ids.size());
    }

    private List<Sent> send(int count, int clients, double rate) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<Sent>> receipts = new ArrayList<>(count);
            long start = System.nanoTime();
            for (int i = 0; i < count; i++) {
                long due = rate > 0 ? start + (long) (i * 1e9 / rate) : System.nanoTime();
                long wait = due - System.nanoTime();
                if (wait > 0) Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                int n = sequence.incrementAndGet();
                String agency = AGENCIES.get(n % AGENCIES.size());
                byte[] content = (new String(SampleReports.bytes(SAMPLES.get(agency)), StandardCharsets.UTF_8)
                        + "\n（载荷" + n + "）\n").getBytes(StandardCharsets.UTF_8);
                receipts.add(pool.submit(() -> {
                    long sentAt = System.nanoTime();
                    Http.Answer answer = Http.upload(url("/api/reports"), agency + "-key", agency + ".txt", content,
                            "agencyId", agency, "reportYear", "2022");
                    long end = System.nanoTime();
                    return new Sent(answer.status(), answer.body().get("submissionId").asString(), end - sentAt,
                            end - due);
                }));
            }
            List<Sent> out = new ArrayList<>(count);
            for (Future<Sent> receipt : receipts) out.add(receipt.get());
            return out;
        } finally {
            pool.shutdown();
        }
    }

    private static String percentiles(String name, List<Long> millis) {
        List<Long> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        return String.format("%-20s %7d %7d %7d %7d", name, at(sorted, 0.50), at(sorted, 0.95), at(sorted, 0.99),
                sorted.get(sorted.size() - 1));
    }

    private static long at(List<Long> sorted, double quantile) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1));
    }
}
