package nianbao.localstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import nianbao.events.ValidationTrigger;
import nianbao.infra.files.Directories;
import nianbao.report.testing.SampleReports;
import nianbao.schemas.Topics;
import org.apache.avro.generic.GenericRecord;

/**
 * The pipeline benchmark ({@code ./nianbao-bench}): starts the whole local stack (real broker, registry, PostgreSQL,
 * SMTP sink and the four service jars, all on this machine), measures the raw Kafka producer on that broker first
 * ({@link RawProducerBaseline}, the services idle), then drives the pipeline the way agencies' tools do — multipart
 * {@code POST /api/reports} with the agency's key from several threads — and reads report-parsed and report-validated
 * back to time every submission from its acceptance by ingest ({@code submittedAt}) to its parse ({@code parsedAt})
 * and its validation ({@code validatedAt}).
 *
 * <p>Phases: a warm-up (as fast as the clients go, not counted: the JIT compiles the services' hot paths), then the
 * throughput phase (as fast as the clients go: what the pipeline sustains, beside the raw producer figure), then the
 * latency phase (a fixed rate the machine keeps up with: the latency of an unqueued report). Before all that, the
 * driver enrols its agencies through notify-service's administration ({@link BenchmarkAgencies}: by default one per
 * five reports of the three phases), and the phases draw them in turn, so each agency-year ends with about five
 * submissions as in reality. Each agency submits the sample it was enrolled for, made unique by a last line
 * {@code （载荷N）} so that the duplicate check lets it through. The figures go to standard output and to a Markdown
 * file (the last argument).
 *
 * <p>Arguments: {@code [reports, default 20000] [client threads, default 16] [warm-up reports, default 10000]
 * [latency-phase submissions per second, default 100] [latency-phase reports, default 3000] [agencies, default 0:
 * one per five reports, at most 10,000] [output file]}. The warm-up is long because the JIT is: after 2,000 reports
 * the services' C2 compiler threads still used about a fifth of the machine's CPU.
 */
public final class PipelineLoadDriver {

    private static final Duration PIPELINE_TIMEOUT = Duration.ofMinutes(30);
    /** The yardstick's records: about the size of a report-submitted event of a text report. */
    private static final long RAW_RECORDS = 100_000;
    /** The groups that follow report-validated besides the driver: notify-service's intake and ingest's status. */
    private static final List<String> VALIDATION_FOLLOWERS = List.of("notify-service", "ingest-service-status");
    private static final int RAW_RECORD_BYTES = 8_192;
    /** notify-service's local administrator (its {@code local} profile). */
    private static final String ADMIN_LOGIN = "admin";
    private static final String ADMIN_PASSWORD = "admin-pass";

    /** One submission's HTTP round trip as the client saw it. */
    private record Sent(String submissionId, int status, long roundTripNanos) {
    }

    /** The phase's figures; rates per second, latencies in milliseconds as p50, p95, p99, max. */
    private record PhaseFigures(String name, int accepted, Map<Integer, Long> statuses, double acceptedPerSecond,
                                double parsedPerSecond, double validatedPerSecond, double consumedPerSecond,
                                long[] http, long[] toParsed, long[] toValidated) {
    }

    private PipelineLoadDriver() {
    }

    public static void main(String[] args) throws Exception {
        int reports = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 10_000;
        double latencyRate = args.length > 3 ? Double.parseDouble(args[3]) : 100;
        int latencyReports = args.length > 4 ? Integer.parseInt(args[4]) : 3_000;
        int agencyCount = args.length > 5 && Integer.parseInt(args[5]) > 0 ? Integer.parseInt(args[5])
                : BenchmarkAgencies.defaultCount(warmup + reports + latencyReports);
        Path output = args.length > 6 ? Path.of(args[6]) : null;

        Path dataDir = Directories.createTemp("nianbao-load-");
        Map<String, Long> parsedAt = new ConcurrentHashMap<>();
        Map<String, long[]> validatedAt = new ConcurrentHashMap<>();
        try (LocalStack stack = LocalStack.start(StackSettings.freePorts(dataDir, RepositoryRoot.find()));
             // the driver reads only the fields it times: decoding every cell and finding would cost it more than
             // the services that wrote them, on the cores it shares with them
             TopicReader<GenericRecord> parsed = TopicReader.fields(Topics.REPORT_PARSED,
                     List.of("submissionId", "parsedAt"), stack.bootstrapServers(), stack.schemaRegistryUrl(),
                     r -> parsedAt.put(r.value().get("submissionId").toString(), (Long) r.value().get("parsedAt")));
             TopicReader<GenericRecord> validated = TopicReader.fields(Topics.REPORT_VALIDATED,
                     List.of("submissionId", "trigger", "submittedAt", "validatedAt"), stack.bootstrapServers(),
                     stack.schemaRegistryUrl(), r -> {
                         GenericRecord v = r.value();
                         if (v.get("trigger").toString().equals(ValidationTrigger.SUBMISSION.name())) {
                             validatedAt.put(v.get("submissionId").toString(),
                                     new long[] {(Long) v.get("submittedAt"), (Long) v.get("validatedAt")});
                         }
                     });
             ConsumerGroupLag lag = new ConsumerGroupLag(stack.bootstrapServers())) {
            StringBuilder out = new StringBuilder();
            line(out, "# Pipeline benchmark, %s UTC, %d cores, %s %s%n", DateTimeFormatter.ISO_LOCAL_DATE_TIME
                    .format(Instant.now().atOffset(ZoneOffset.UTC).withNano(0)), Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.vm.name"), System.getProperty("java.version"));
            line(out, "stack up in %d s; load average before: %s%n", stack.startupTime().toSeconds(), loadAverage());

            IngestClient ingest = new IngestClient(stack.serviceUrl(Service.INGEST));
            long enrolStart = System.nanoTime();
            List<BenchmarkAgencies.Enrolled> agencies = BenchmarkAgencies.enrol(BenchmarkAgencies.roster(agencyCount),
                    AdministrationClient.login(stack.serviceUrl(Service.NOTIFY), ADMIN_LOGIN, ADMIN_PASSWORD), ingest,
                    PIPELINE_TIMEOUT);
            line(out, "%d agencies (about %.1f reports each), enrolled through notify-service's administration (CSV "
                            + "import, a key each) and known to ingest-service in %.0f s%n", agencyCount,
                    (double) (warmup + reports + latencyReports) / agencyCount, (System.nanoTime() - enrolStart) / 1e9);

            // the yardstick first, on the same broker, while the services are idle
            RawProducerBaseline.Figure raw = RawProducerBaseline.measure(stack.bootstrapServers(), RAW_RECORDS, RAW_RECORD_BYTES);
            line(out, "raw Kafka producer, same broker: %d records of %d bytes, acks=all: %.0f records/s (%.1f MB/s)%n",
                    raw.records(), raw.recordBytes(), raw.recordsPerSecond(), raw.megabytesPerSecond());

            AtomicInteger sequence = new AtomicInteger();
            Timed warm = send(ingest, agencies, warmup, clients, 0, sequence);
            awaitValidated(warm.sent(), validatedAt, validated);
            lag.awaitCaughtUp(Topics.Names.REPORT_VALIDATED, VALIDATION_FOLLOWERS, PIPELINE_TIMEOUT);
            line(out, "JIT warm-up: %d reports as fast as %d clients go, not counted%n", warmup, clients);

            Map<String, Duration> cpuBefore = stack.cpuTime();
            Timed throughputRun = send(ingest, agencies, reports, clients, 0, sequence);
            awaitValidated(throughputRun.sent(), validatedAt, validated);
            String backlog = backlog(lag);
            long throughputConsumed = lag.awaitCaughtUp(Topics.Names.REPORT_VALIDATED, VALIDATION_FOLLOWERS, PIPELINE_TIMEOUT);
            Map<String, Duration> cpuAfter = stack.cpuTime();
            PhaseFigures throughput = figures(String.format("as fast as %d clients go", clients), throughputRun,
                    parsedAt, validatedAt, throughputConsumed);

            Timed latencyRun = send(ingest, agencies, latencyReports, clients, latencyRate, sequence);
            awaitValidated(latencyRun.sent(), validatedAt, validated);
            long latencyConsumed = lag.awaitCaughtUp(Topics.Names.REPORT_VALIDATED, VALIDATION_FOLLOWERS, PIPELINE_TIMEOUT);
            PhaseFigures latency = figures(String.format("%.0f submissions/s", latencyRate), latencyRun, parsedAt,
                    validatedAt, latencyConsumed);

            table(out, raw, List.of(throughput, latency));
            line(out, "%nreport-validated records not yet consumed when the throughput phase's last report was validated: %s%n",
                    backlog);
            line(out, "%nCPU per report in the throughput phase, until notify and ingest had consumed it (ms; this JVM includes the driver's clients and readers): %s%n",
                    cpuPerReport(cpuBefore, cpuAfter, throughput.accepted()));
            line(out, "%nresident memory after the run (MB): %s%n", stack.residentMemoryBytes().entrySet().stream()
                    .map(e -> e.getKey() + " " + e.getValue() / (1024 * 1024)).collect(Collectors.joining(", ")));
            line(out, "load average after: %s%n", loadAverage());
            if (output != null) {
                Files.createDirectories(output.toAbsolutePath().getParent());
                Files.writeString(output, out.toString(), StandardCharsets.UTF_8);
                System.out.println("written to " + output.toAbsolutePath());
            }
        } finally {
            Directories.deleteRecursively(dataDir);
        }
    }

    private static void line(StringBuilder out, String format, Object... values) {
        String text = String.format(format, values);
        System.out.print(text);
        out.append(text);
    }

    /** Where the phase's CPU went: each component's CPU time during it, divided by the reports it carried. */
    private static String cpuPerReport(Map<String, Duration> before, Map<String, Duration> after, int reports) {
        double total = 0;
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, Duration> end : after.entrySet()) {
            double millis = end.getValue().minus(before.getOrDefault(end.getKey(), Duration.ZERO)).toNanos() / 1e6 / reports;
            total += millis;
            parts.add(String.format("%s %.2f", end.getKey(), millis));
        }
        return String.join(", ", parts) + String.format("; all %.2f", total);
    }

    private static String loadAverage() {
        try {
            return String.join(" ", List.of(Files.readString(Path.of("/proc/loadavg")).split(" ")).subList(0, 3));
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private record Timed(List<Sent> sent, double seconds) {
    }

    /**
     * Submits {@code count} unique reports from {@code clients} threads, {@code rate} per second (0: as fast as the
     * clients go), the agencies in turn (continuing across phases); returns every receipt and the time the sending took.
     */
    private static Timed send(IngestClient ingest, List<BenchmarkAgencies.Enrolled> agencies, int count, int clients,
                              double rate, AtomicInteger sequence) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<Sent>> receipts = new ArrayList<>();
            long start = System.nanoTime();
            for (int i = 0; i < count; i++) {
                if (rate > 0) {
                    long due = start + (long) (i * 1e9 / rate);
                    long wait = due - System.nanoTime();
                    if (wait > 0) Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
                int n = sequence.incrementAndGet();
                BenchmarkAgencies.Enrolled agency = agencies.get(n % agencies.size());
                BenchmarkAgencies.Sample sample = agency.agency().sample();
                byte[] content = (new String(SampleReports.bytes(sample.fileName()), StandardCharsets.UTF_8)
                        + "\n（载荷" + n + "）\n").getBytes(StandardCharsets.UTF_8);
                receipts.add(pool.submit(() -> {
                    long sentAt = System.nanoTime();
                    IngestClient.Receipt receipt = ingest.submit("/api/reports", agency.agency().id(), agency.apiKey(),
                            sample.year(), sample.fileName(), content);
                    return new Sent(receipt.submissionId(), receipt.status(), System.nanoTime() - sentAt);
                }));
            }
            List<Sent> out = new ArrayList<>();
            for (Future<Sent> receipt : receipts) out.add(receipt.get());
            return new Timed(out, (System.nanoTime() - start) / 1e9);
        } finally {
            pool.shutdown();
        }
    }

    private static void awaitValidated(List<Sent> sent, Map<String, long[]> validatedAt,
                                       TopicReader<?> validated) throws InterruptedException {
        Set<String> waiting = accepted(sent);
        long deadline = System.nanoTime() + PIPELINE_TIMEOUT.toNanos();
        while (!validatedAt.keySet().containsAll(waiting)) {
            validated.throwIfFailed();
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(waiting.stream().filter(id -> !validatedAt.containsKey(id)).count()
                        + " submissions not validated within " + PIPELINE_TIMEOUT);
            }
            Thread.sleep(200);
        }
    }

    private static String backlog(ConsumerGroupLag lag) throws Exception {
        List<String> behind = new ArrayList<>();
        for (String group : VALIDATION_FOLLOWERS) {
            behind.add(group + " " + lag.behind(Topics.Names.REPORT_VALIDATED, group));
        }
        return String.join(", ", behind);
    }

    private static Set<String> accepted(List<Sent> sent) {
        return sent.stream().filter(s -> s.status() == 202).map(Sent::submissionId).collect(Collectors.toSet());
    }

    /**
     * A phase's rates run from its first acceptance to its last parse or validation, or to the moment notify- and
     * ingest-service had consumed every validation ({@code consumedAtMillis}), so they are what the pipeline carried,
     * queueing included.
     */
    private static PhaseFigures figures(String name, Timed run, Map<String, Long> parsedAt,
                                        Map<String, long[]> validatedAt, long consumedAtMillis) {
        Set<String> ids = accepted(run.sent());
        List<Long> toParsed = new ArrayList<>();
        List<Long> toValidated = new ArrayList<>();
        long firstAccepted = Long.MAX_VALUE;
        long lastParsed = Long.MIN_VALUE;
        long lastValidated = Long.MIN_VALUE;
        for (String id : ids) {
            long[] times = validatedAt.get(id);
            long parsed = parsedAt.get(id);
            firstAccepted = Math.min(firstAccepted, times[0]);
            lastParsed = Math.max(lastParsed, parsed);
            lastValidated = Math.max(lastValidated, times[1]);
            toParsed.add(parsed - times[0]);
            toValidated.add(times[1] - times[0]);
        }
        Map<Integer, Long> statuses = new TreeMap<>(run.sent().stream()
                .collect(Collectors.groupingBy(Sent::status, Collectors.counting())));
        return new PhaseFigures(name, ids.size(), statuses, ids.size() / run.seconds(),
                ids.size() * 1000.0 / (lastParsed - firstAccepted), ids.size() * 1000.0 / (lastValidated - firstAccepted),
                ids.size() * 1000.0 / (consumedAtMillis - firstAccepted),
                percentiles(run.sent().stream().map(s -> s.roundTripNanos() / 1_000_000).toList()),
                percentiles(toParsed), percentiles(toValidated));
    }

    private static void table(StringBuilder out, RawProducerBaseline.Figure raw, List<PhaseFigures> phases) {
        line(out, "%n| phase | accepted | HTTP statuses | accepted/s | parsed/s | validated/s | consumed by notify and ingest/s "
                + "| validated ÷ raw producer | HTTP ms p50 / p95 / p99 / max | accepted → parsed ms | accepted → validated ms |%n");
        line(out, "|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|%n");
        for (PhaseFigures phase : phases) {
            line(out, "| %s | %d | %s | %.1f | %.1f | %.1f | %.1f | %.2f %% | %s | %s | %s |%n", phase.name(), phase.accepted(),
                    phase.statuses(), phase.acceptedPerSecond(), phase.parsedPerSecond(), phase.validatedPerSecond(),
                    phase.consumedPerSecond(),
                    100 * phase.validatedPerSecond() / raw.recordsPerSecond(), join(phase.http()),
                    join(phase.toParsed()), join(phase.toValidated()));
        }
    }

    private static String join(long[] millis) {
        return millis[0] + " / " + millis[1] + " / " + millis[2] + " / " + millis[3];
    }

    /** p50, p95, p99 and max (nearest rank). */
    private static long[] percentiles(List<Long> millis) {
        List<Long> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        return new long[] {at(sorted, 0.50), at(sorted, 0.95), at(sorted, 0.99), sorted.get(sorted.size() - 1)};
    }

    private static long at(List<Long> sorted, double quantile) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1));
    }
}
