package nianbao.localstack;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import nianbao.events.ReportParsed;
import nianbao.events.ReportValidated;
import nianbao.events.ValidationTrigger;
import nianbao.infra.files.Directories;
import nianbao.report.testing.SampleReports;
import nianbao.schemas.Topics;

/**
 * Load driver for the whole pipeline on the one-command local stack (real broker, registry, PostgreSQL, SMTP sink and
 * the four service jars, all on this machine): agencies' tools submit reports over HTTP from several threads, and the
 * report-parsed and report-validated events are read back to time every submission from its acceptance by ingest
 * (the events' {@code submittedAt}) to its parse ({@code parsedAt}) and its validation ({@code validatedAt}).
 * Before the pipeline, the raw Kafka producer figure of the same broker is measured ({@link RawProducerBaseline}).
 * docs/benchmarks.md ("Pipeline") gives the numbers and the command.
 *
 * <p>Each report is one of the five samples for its own agency, made unique by a last line {@code （载荷N）}, so that
 * ingest's duplicate check lets it through. A warm-up round of the same kind runs first and is not counted.
 *
 * <p>Arguments: {@code [reports, default 1000] [client threads, default 4] [warm-up reports, default 200]
 * [submissions per second, default 0 = as fast as the clients go]}. As fast as they go, the pipeline is overloaded on
 * purpose and its throughput is what it sustains; at a fixed rate below that, the latencies are those of an unqueued
 * report.
 */
public final class PipelineLoadDriver {

    private static final Duration PIPELINE_TIMEOUT = Duration.ofMinutes(20);
    /** The yardstick's records: about the size of a report-submitted event of a text report. */
    private static final long RAW_RECORDS = 100_000;
    private static final int RAW_RECORD_BYTES = 8_192;
    private static final List<Submission> SAMPLES = List.of(
            new Submission("longting-gov-office", 2022, SampleReports.LONGTING),
            new Submission("kunwu-office", 2020, SampleReports.KUNWU),
            new Submission("chaoyang-business-env-bureau", 2023, SampleReports.CHAOYANG),
            new Submission("jinping-street", 2022, SampleReports.JINPING),
            new Submission("qidong-hitech-jinhai", 2022, SampleReports.QIDONG));

    private record Submission(String agencyId, int year, String fileName) {
    }

    /** One submission's HTTP round trip as the client saw it. */
    private record Sent(String submissionId, int status, long roundTripNanos) {
    }

    private PipelineLoadDriver() {
    }

    public static void main(String[] args) throws Exception {
        int reports = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        double rate = args.length > 3 ? Double.parseDouble(args[3]) : 0;
        Path dataDir = Directories.createTemp("nianbao-load-");
        try (LocalStack stack = LocalStack.start(StackSettings.freePorts(dataDir, RepositoryRoot.find()));
             TopicReader<ReportParsed> parsed = new TopicReader<>(Topics.REPORT_PARSED, stack.bootstrapServers(),
                     stack.schemaRegistryUrl());
             TopicReader<ReportValidated> validated = new TopicReader<>(Topics.REPORT_VALIDATED, stack.bootstrapServers(),
                     stack.schemaRegistryUrl())) {
            System.out.printf("stack up in %d s; %d cores; %d reports from %d clients (%s) after %d warm-up reports%n",
                    stack.startupTime().toSeconds(), Runtime.getRuntime().availableProcessors(), reports, clients,
                    rate > 0 ? rate + " submissions/s" : "as fast as they go", warmup);
            // the yardstick first, on the same broker, while the services are idle
            RawProducerBaseline.Figure raw = RawProducerBaseline.measure(stack.bootstrapServers(), RAW_RECORDS, RAW_RECORD_BYTES);
            System.out.printf("raw Kafka producer, same broker: %d records of %d bytes, acks=all: %.0f records/s, %.1f MB/s%n",
                    raw.records(), raw.recordBytes(), raw.recordsPerSecond(), raw.megabytesPerSecond());
            IngestClient ingest = new IngestClient(stack.serviceUrl(Service.INGEST));
            AtomicInteger sequence = new AtomicInteger();
            awaitValidated(send(ingest, warmup, clients, 0, sequence), validated);

            long started = System.nanoTime();
            List<Sent> sent = send(ingest, reports, clients, rate, sequence);
            double sendingSeconds = (System.nanoTime() - started) / 1e9;
            awaitValidated(sent, validated);
            report(sent, sendingSeconds, parsed.values(), validated.values());
            System.out.printf("resident memory after the run (PSS, MB): %s%n", stack.residentMemoryBytes().entrySet().stream()
                    .map(e -> e.getKey() + " " + e.getValue() / (1024 * 1024)).collect(Collectors.joining(", ")));
        } finally {
            Directories.deleteRecursively(dataDir);
        }
    }

    /**
     * Submits {@code count} unique reports from {@code clients} threads, {@code rate} per second (0: as fast as the
     * clients go); returns every receipt.
     */
    private static List<Sent> send(IngestClient ingest, int count, int clients, double rate, AtomicInteger sequence)
            throws Exception {
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
                Submission sample = SAMPLES.get(n % SAMPLES.size());
                byte[] content = (new String(SampleReports.bytes(sample.fileName()), StandardCharsets.UTF_8)
                        + "\n（载荷" + n + "）\n").getBytes(StandardCharsets.UTF_8);
                receipts.add(pool.submit(() -> {
                    long sentAt = System.nanoTime();
                    IngestClient.Receipt receipt = ingest.submit(sample.agencyId(), sample.year(), sample.fileName(), content);
                    return new Sent(receipt.submissionId(), receipt.status(), System.nanoTime() - sentAt);
                }));
            }
            List<Sent> out = new ArrayList<>();
            for (Future<Sent> receipt : receipts) out.add(receipt.get());
            return out;
        } finally {
            pool.shutdown();
        }
    }

    private static void awaitValidated(List<Sent> sent, TopicReader<ReportValidated> validated) throws InterruptedException {
        Set<String> waiting = sent.stream().filter(s -> s.status() == 202).map(Sent::submissionId).collect(Collectors.toSet());
        long deadline = System.nanoTime() + PIPELINE_TIMEOUT.toNanos();
        while (true) {
            Set<String> done = validated.values().stream().map(ReportValidated::getSubmissionId).collect(Collectors.toSet());
            if (done.containsAll(waiting)) return;
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(waiting.stream().filter(id -> !done.contains(id)).count()
                        + " submissions not validated within " + PIPELINE_TIMEOUT);
            }
            Thread.sleep(200);
        }
    }

    private static void report(List<Sent> sent, double sendingSeconds, List<ReportParsed> parsedEvents,
                               List<ReportValidated> validatedEvents) {
        Map<Integer, Long> statuses = sent.stream().collect(Collectors.groupingBy(Sent::status, Collectors.counting()));
        Set<String> ids = sent.stream().filter(s -> s.status() == 202).map(Sent::submissionId).collect(Collectors.toSet());
        Map<String, ReportParsed> parsedById = new HashMap<>();
        parsedEvents.stream().filter(p -> ids.contains(p.getSubmissionId())).forEach(p -> parsedById.put(p.getSubmissionId(), p));
        List<ReportValidated> results = validatedEvents.stream()
                .filter(v -> ids.contains(v.getSubmissionId()) && v.getTrigger() == ValidationTrigger.SUBMISSION).toList();

        List<Long> roundTrips = sent.stream().map(s -> s.roundTripNanos() / 1_000_000).toList();
        List<Long> toParsed = new ArrayList<>();
        List<Long> toValidated = new ArrayList<>();
        long firstSubmitted = Long.MAX_VALUE;
        long lastParsed = Long.MIN_VALUE;
        long lastValidated = Long.MIN_VALUE;
        for (ReportValidated v : results) {
            long submitted = v.getSubmittedAt().toEpochMilli();
            long parsedAt = parsedById.get(v.getSubmissionId()).getParsedAt().toEpochMilli();
            firstSubmitted = Math.min(firstSubmitted, submitted);
            lastParsed = Math.max(lastParsed, parsedAt);
            lastValidated = Math.max(lastValidated, v.getValidatedAt().toEpochMilli());
            toValidated.add(v.getValidatedAt().toEpochMilli() - submitted);
            toParsed.add(parsedAt - submitted);
        }
        double parsingSeconds = (lastParsed - firstSubmitted) / 1000.0;
        double pipelineSeconds = (lastValidated - firstSubmitted) / 1000.0;
        System.out.printf("HTTP statuses: %s; accepted %d in %.1f s = %.1f submissions/s%n",
                statuses, ids.size(), sendingSeconds, ids.size() / sendingSeconds);
        System.out.printf("parsed %d: first acceptance to last parse %.1f s = %.1f reports/s%n",
                parsedById.size(), parsingSeconds, parsedById.size() / parsingSeconds);
        System.out.printf("validated %d: first acceptance to last validation %.1f s = %.1f reports/s through the pipeline%n",
                results.size(), pipelineSeconds, results.size() / pipelineSeconds);
        System.out.println("latency ms           p50     p95     p99     max");
        System.out.println(percentiles("HTTP submit", roundTrips));
        System.out.println(percentiles("accepted→parsed", toParsed));
        System.out.println(percentiles("accepted→validated", toValidated));
    }

    private static String percentiles(String name, List<Long> millis) {
        List<Long> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        return String.format("%-18s %7d %7d %7d %7d", name, at(sorted, 0.50), at(sorted, 0.95), at(sorted, 0.99),
                sorted.get(sorted.size() - 1));
    }

    private static long at(List<Long> sorted, double quantile) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1));
    }
}
