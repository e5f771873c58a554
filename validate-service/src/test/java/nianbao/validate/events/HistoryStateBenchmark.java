package nianbao.validate.events;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import nianbao.events.Agency;
import nianbao.events.AgencyLevel;
import nianbao.events.HistoryEntry;
import nianbao.events.ReportParsed;
import nianbao.schemas.Topics;
import nianbao.schemas.serde.SerdeConfig;
import nianbao.schemas.serde.TypicalReportParsed;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.processor.StateRestoreListener;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * validate-service's cross-year state, measured for issue 11 item 5, both designs on one broker in one run:
 * <ol>
 * <li>the index (positions in a heap map) restored from its compacted changelog report-history, as
 * {@link HistoryReplay} does on a rebalance — time and heap for {@code entries} agency-years;</li>
 * <li>the same changelog restored into a Kafka Streams RocksDB store (a KTable over the topic, the source topic as its
 * changelog, exactly-once v2) — time, resident memory and disk;</li>
 * <li>the index rebuilt by reading report-parsed from the beginning (the design before the changelog): {@code events}
 * typical 20 KB report-parsed events read, the rate extrapolated to {@code entries};</li>
 * <li>a cross-year check's cost: reading one earlier year back from report-parsed by position ({@link ReportArchive}),
 * and a lookup in each store.</li>
 * </ol>
 * Run: {@code ./mvnw -q -pl validate-service dependency:build-classpath -Dmdep.includeScope=test
 * -Dmdep.outputFile=target/cp.txt} then {@code java -Xmx4g -Dorg.apache.avro.SERIALIZABLE_PACKAGES=nianbao.events -cp "validate-service/target/test-classes:validate-service/target/classes:$(cat validate-service/target/cp.txt)"
 * nianbao.validate.events.HistoryStateBenchmark [entries] [events] [reads]}.
 */
public final class HistoryStateBenchmark {

    public static void main(String[] args) throws Exception {
        int entries = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int events = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        int reads = args.length > 2 ? Integer.parseInt(args[2]) : 500;
        try (BenchmarkBroker broker = new BenchmarkBroker(1, Topics.REPORT_PARSED, Topics.REPORT_HISTORY)) {
            new HistoryStateBenchmark(broker).run(entries, events, reads);
        }
    }

    private final BenchmarkBroker broker;
    private final String bootstrap;

    private HistoryStateBenchmark(BenchmarkBroker broker) {
        this.broker = broker;
        this.bootstrap = broker.bootstrap;
    }

    private void run(int entries, int events, int reads) throws Exception {
        System.out.printf("writing %,d changelog entries and %,d report-parsed events%n", entries, events);
        List<LatestReports.Position> written = writeReports(events);
        writeChangelog(entries);

        DefaultKafkaConsumerFactory<String, ReportParsed> consumers = new DefaultKafkaConsumerFactory<>(consumerConfig());
        // restore only: the template that writes entries is not used here
        HistoryChangelog changelog = new HistoryChangelog(new KafkaTemplate<String, HistoryEntry>(
                new DefaultKafkaProducerFactory<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap),
                        Topics.REPORT_HISTORY.keySerializer(),
                        Topics.REPORT_HISTORY.valueSerializer(SerdeConfig.client(broker.registry)))), consumers);
        ReportArchive archive = new ReportArchive(consumers);
        try {
            // warm-up: the same code on a tenth, then measured
            changelog.restore(List.of(0), new LatestReports());
            long heapBefore = usedHeap();
            LatestReports index = new LatestReports();
            long started = System.nanoTime();
            changelog.restore(List.of(0), index);
            double restoreSeconds = seconds(started);
            long heapAfter = usedHeap();
            System.out.printf("index from changelog: %,d agency-years restored in %.2f s (%,.0f entries/s), heap %.0f MB"
                            + " (%.0f bytes per agency-year)%n", index.size(), restoreSeconds, index.size() / restoreSeconds,
                    (heapAfter - heapBefore) / 1e6, (double) (heapAfter - heapBefore) / index.size());
            lookups("index lookup", index, entries);

            LatestReports fromEvents = new LatestReports();
            TopicPartition parsed0 = new TopicPartition(Topics.REPORT_PARSED.name(), 0);
            started = System.nanoTime();
            int read = archive.readAll(archive.endOffsets(List.of(parsed0)), fromEvents::record);
            double readSeconds = seconds(started);
            System.out.printf("index from report-parsed: %,d events read in %.2f s (%,.0f events/s); %,d would take %.0f s%n",
                    read, readSeconds, read / readSeconds, entries, entries / (read / readSeconds));

            Random random = new Random(42);
            long[] nanos = new long[reads];
            // the classic consumer fetches and decodes on the thread that polls: this thread's CPU and allocation
            var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
            long cpuBefore = threads.getCurrentThreadCpuTime();
            long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
            for (int i = 0; i < reads; i++) {
                LatestReports.Position at = written.get(random.nextInt(written.size()));
                long t = System.nanoTime();
                archive.read(at);
                nanos[i] = System.nanoTime() - t;
            }
            double cpuMicros = (threads.getCurrentThreadCpuTime() - cpuBefore) / 1e3 / reads;
            double allocatedKb = (threads.getCurrentThreadAllocatedBytes() - allocatedBefore) / 1024.0 / reads;
            Arrays.sort(nanos);
            System.out.printf("cross-year read-back of one report-parsed event by position: p50 %.1f ms, p99 %.1f ms,"
                            + " %.0f µs CPU and %.0f KB allocated per read (%d reads)%n",
                    nanos[reads / 2] / 1e6, nanos[reads * 99 / 100] / 1e6, cpuMicros, allocatedKb, reads);
        } finally {
            archive.destroy();
            changelog.destroy();
        }
        streamsRestore(entries);
    }

    private List<LatestReports.Position> writeReports(int events) throws Exception {
        ReportParsed typical = TypicalReportParsed.event();
        List<Future<RecordMetadata>> sent = new ArrayList<>(events);
        try (KafkaProducer<String, ReportParsed> producer = broker.producer(Topics.REPORT_PARSED)) {
            for (int i = 0; i < events; i++) {
                Agency agency = new Agency("agency-" + i, "某区人民政府办公室", "410202", AgencyLevel.COUNTY_DEPARTMENT, null);
                ReportParsed event = ReportParsed.newBuilder(typical).setAgency(agency).build();
                sent.add(producer.send(new ProducerRecord<>(Topics.REPORT_PARSED.name(), 0, agency.getId(), event)));
            }
            producer.flush();
        }
        List<LatestReports.Position> positions = new ArrayList<>(events);
        for (Future<RecordMetadata> written : sent) {
            positions.add(new LatestReports.Position(0, written.get().offset(), typical.getSubmittedAt()));
        }
        return positions;
    }

    private void writeChangelog(int entries) {
        try (KafkaProducer<String, HistoryEntry> producer = broker.producer(Topics.REPORT_HISTORY)) {
            Instant submitted = Instant.parse("2024-01-20T02:00:00Z");
            for (int i = 0; i < entries; i++) {
                String agency = "agency-" + (i / 5);
                int year = 2019 + i % 5;
                producer.send(new ProducerRecord<>(Topics.REPORT_HISTORY.name(), 0, agency + "/" + year,
                        new HistoryEntry(agency, year, (long) i, submitted)));
            }
            producer.flush();
        }
    }

    private void lookups(String what, LatestReports index, int entries) {
        Random random = new Random(7);
        int n = 1_000_000;
        long found = 0;
        long started = System.nanoTime();
        for (int i = 0; i < n; i++) {
            int e = random.nextInt(entries);
            if (index.of("agency-" + (e / 5), 2019 + e % 5).isPresent()) found++;
        }
        System.out.printf("%s: %.2f µs each (%,d of %,d found)%n", what, (System.nanoTime() - started) / 1e3 / n, found, n);
    }

    /**
     * The same changelog in a Kafka Streams store (RocksDB): a first instance loads it and commits; then, as after a
     * rebalance onto an instance without local state, a second one with an empty state directory restores the store
     * from the changelog, timed by the restore listener.
     */
    private void streamsRestore(int entries) throws Exception {
        StreamsBuilder builder = new StreamsBuilder();
        builder.table(Topics.REPORT_HISTORY.name(), Consumed.with(Serdes.String(), Serdes.ByteArray()),
                Materialized.<String, byte[], KeyValueStore<Bytes, byte[]>>as("history"));
        Properties loading = streamsConfig(Files.createTempDirectory("history-a"));
        try (KafkaStreams first = new KafkaStreams(builder.build(loading), loading)) {
            first.start();
            ReadOnlyKeyValueStore<String, byte[]> store = store(first);
            while (store.approximateNumEntries() < entries) Thread.sleep(200);
            first.close(Duration.ofSeconds(60));
        }

        Path stateDir = Files.createTempDirectory("history-b");
        Properties config = streamsConfig(stateDir);
        long rssBefore = residentBytes();
        CountDownLatch restored = new CountDownLatch(1);
        AtomicLong restoredRecords = new AtomicLong();
        AtomicLong restoreNanos = new AtomicLong();
        try (KafkaStreams streams = new KafkaStreams(builder.build(config), config)) {
            streams.setGlobalStateRestoreListener(new StateRestoreListener() {
                private long started;

                @Override
                public void onRestoreStart(TopicPartition partition, String store, long start, long end) {
                    started = System.nanoTime();
                }

                @Override
                public void onBatchRestored(TopicPartition partition, String store, long batchEnd, long count) {
                }

                @Override
                public void onRestoreEnd(TopicPartition partition, String store, long total) {
                    restoreNanos.set(System.nanoTime() - started);
                    restoredRecords.set(total);
                    restored.countDown();
                }
            });
            streams.start();
            if (!restored.await(10, TimeUnit.MINUTES)) throw new IllegalStateException("store not restored");
            double seconds = restoreNanos.get() / 1e9;
            System.out.printf("Kafka Streams store from changelog: %,d records restored in %.2f s (%,.0f records/s),"
                            + " resident memory +%.0f MB, state directory %.0f MB%n", restoredRecords.get(), seconds,
                    restoredRecords.get() / seconds, (residentBytes() - rssBefore) / 1e6, directoryBytes(stateDir) / 1e6);
            ReadOnlyKeyValueStore<String, byte[]> store = store(streams);
            Random random = new Random(7);
            int n = 200_000;
            long found = 0;
            long started = System.nanoTime();
            for (int i = 0; i < n; i++) {
                int e = random.nextInt(entries);
                if (store.get("agency-" + (e / 5) + "/" + (2019 + e % 5)) != null) found++;
            }
            System.out.printf("Kafka Streams store lookup: %.2f µs each (%,d of %,d found)%n",
                    (System.nanoTime() - started) / 1e3 / n, found, n);
            streams.close(Duration.ofSeconds(30));
        }
    }

    private Properties streamsConfig(Path stateDir) {
        Properties config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, "history-benchmark");
        config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        config.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        // the KTable's source topic is its changelog: what a Streams validate-service would restore
        config.put(StreamsConfig.TOPOLOGY_OPTIMIZATION_CONFIG, StreamsConfig.OPTIMIZE);
        config.put(StreamsConfig.NUM_STANDBY_REPLICAS_CONFIG, 0);
        return config;
    }

    private static ReadOnlyKeyValueStore<String, byte[]> store(KafkaStreams streams) throws InterruptedException {
        while (streams.state() != KafkaStreams.State.RUNNING) Thread.sleep(100);
        return streams.store(StoreQueryParameters.fromNameAndType("history", QueryableStoreTypes.keyValueStore()));
    }

    /** The readers take their deserializers from the topic catalogue (TopicReaders). */
    private Map<String, Object> consumerConfig() {
        return Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                SerdeConfig.SCHEMA_REGISTRY_URL, broker.registry);
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    private static long usedHeap() {
        for (int i = 0; i < 3; i++) System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long residentBytes() throws IOException {
        return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmRSS:"))
                .map(l -> Long.parseLong(l.replaceAll("\\D", "")) * 1024).findFirst().orElse(0L);
    }

    private static long directoryBytes(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }
}
