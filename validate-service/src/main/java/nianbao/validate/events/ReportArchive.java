package nianbao.validate.events;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nianbao.events.ReportParsed;
import nianbao.schemas.Topics;
import nianbao.schemas.spring.TopicReaders;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.stereotype.Component;

/**
 * Reads report-parsed events back from the topic, the system of record: by position, for the cross-year rules (a
 * report's year − 1, or year + 1 to re-validate), and from the beginning of partitions, to index those that have no
 * changelog yet. Its own plain consumers (no group: they commit nothing and disturb no one's offsets), read_committed
 * like the listener: one that reads a single event by position, one that reads through partitions.
 */
@Component
public class ReportArchive implements DisposableBean {

    private static final Duration READ_TIMEOUT = Duration.ofSeconds(30);
    /** Fewer records than this between two wanted ones are read through; more are skipped by a seek. */
    private static final long SKIP_AHEAD = 64;

    /** Reads one event by position: the cross-year check of every report with an earlier year. */
    private final Consumer<String, ReportParsed> positionReader;
    /** Reads through partitions: a replay's chunk, the index of partitions without a changelog. */
    private final Consumer<String, ReportParsed> throughReader;

    ReportArchive(ConsumerFactory<String, ?> consumers) {
        // After each read a consumer already fetches what follows, and at the end of a partition the broker holds
        // that fetch for fetch.max.wait.ms; the next read by position waits for it: keep the hold short (measured:
        // p99 of a read back 518 ms with the default 500 ms, docs/benchmarks.md "Cross-year state")
        throughReader = TopicReaders.reader(consumers, Topics.REPORT_PARSED, "validate-service-report-archive", Map.of(
                ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 1024 * 1024,
                ConsumerConfig.FETCH_MAX_BYTES_CONFIG, 1024 * 1024,
                ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 10));
        // a read by position wants one event: the smallest fetch (the broker still returns the record batch that
        // holds it, whatever its size) and one record decoded, not the ~30 events of a megabyte after it
        positionReader = TopicReaders.reader(consumers, Topics.REPORT_PARSED, "validate-service-report-archive-single",
                Map.of(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 1,
                        ConsumerConfig.FETCH_MAX_BYTES_CONFIG, 1,
                        ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 1,
                        ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 10));
    }

    /** The event at {@code position}; fails if the topic no longer has it (report-parsed is kept forever). */
    public synchronized ReportParsed read(LatestReports.Position position) {
        TopicPartition partition = new TopicPartition(Topics.REPORT_PARSED.name(), position.partition());
        positionReader.assign(List.of(partition));
        positionReader.seek(partition, position.offset());
        long deadline = System.nanoTime() + READ_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            for (ConsumerRecord<String, ReportParsed> record : positionReader.poll(Duration.ofMillis(500))) {
                if (record.offset() == position.offset() && record.value() != null) return record.value();
                if (record.offset() >= position.offset()) {
                    throw new IllegalStateException("no report-parsed event at " + partition + "@" + position.offset());
                }
            }
        }
        throw new IllegalStateException("report-parsed " + partition + "@" + position.offset() + " not read within " + READ_TIMEOUT);
    }

    /**
     * The events at {@code positions}, read in one pass over their partitions: each partition from its first wanted
     * offset forward, skipping ahead by a seek only across long gaps, so that events lying close together (a replay's
     * chunk, their prior years) come in a few large fetches instead of one round trip each.
     */
    public synchronized Map<LatestReports.Position, ReportParsed> read(Collection<LatestReports.Position> positions) {
        Map<TopicPartition, TreeMap<Long, LatestReports.Position>> wanted = new HashMap<>();
        for (LatestReports.Position position : positions) {
            wanted.computeIfAbsent(new TopicPartition(Topics.REPORT_PARSED.name(), position.partition()), p -> new TreeMap<>())
                    .put(position.offset(), position);
        }
        Map<LatestReports.Position, ReportParsed> events = new HashMap<>();
        if (wanted.isEmpty()) return events;
        throughReader.assign(wanted.keySet());
        wanted.forEach((partition, offsets) -> throughReader.seek(partition, offsets.firstKey()));
        long deadline = System.nanoTime() + READ_TIMEOUT.toNanos();
        while (!wanted.isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("report-parsed events at " + wanted + " not read within " + READ_TIMEOUT);
            }
            for (ConsumerRecord<String, ReportParsed> record : throughReader.poll(Duration.ofMillis(500))) {
                TreeMap<Long, LatestReports.Position> offsets =
                        wanted.get(new TopicPartition(record.topic(), record.partition()));
                LatestReports.Position position = offsets == null ? null : offsets.remove(record.offset());
                if (position == null) continue;
                if (record.value() == null) {
                    throw new IllegalStateException("unreadable report-parsed event at " + record.partition() + "@" + record.offset());
                }
                events.put(position, record.value());
            }
            for (var it = wanted.entrySet().iterator(); it.hasNext(); ) {
                var entry = it.next();
                if (entry.getValue().isEmpty()) {
                    throughReader.pause(List.of(entry.getKey()));
                    it.remove();
                    continue;
                }
                long next = entry.getValue().firstKey();
                long position = throughReader.position(entry.getKey());
                if (next < position) {
                    throw new IllegalStateException("no report-parsed event at " + entry.getKey() + "@" + next);
                }
                if (next - position > SKIP_AHEAD) throughReader.seek(entry.getKey(), next);
            }
        }
        throughReader.resume(throughReader.paused());
        return events;
    }

    /**
     * Hands every event of the given partitions, from the beginning to the offset each is mapped to (exclusive), to
     * {@code sink}; returns how many records were read.
     */
    public synchronized int readAll(Map<TopicPartition, Long> until, EventSink sink) {
        int records = 0;
        List<TopicPartition> partitions = List.copyOf(until.keySet());
        throughReader.assign(partitions);
        throughReader.seekToBeginning(partitions);
        Map<TopicPartition, Long> end = new HashMap<>(until);
        end.values().removeIf(offset -> offset == 0);
        while (!end.isEmpty()) {
            for (ConsumerRecord<String, ReportParsed> record : throughReader.poll(Duration.ofSeconds(1))) {
                Long stop = end.get(new TopicPartition(record.topic(), record.partition()));
                if (stop == null || record.offset() >= stop) continue;
                if (record.value() != null) sink.accept(record.value(), record.partition(), record.offset());
                records++;
            }
            end.entrySet().removeIf(e -> throughReader.position(e.getKey()) >= e.getValue());
        }
        return records;
    }

    /** The end offsets of {@code partitions} at this moment (the last stable offsets: read_committed). */
    public synchronized Map<TopicPartition, Long> endOffsets(Collection<TopicPartition> partitions) {
        return throughReader.endOffsets(partitions);
    }

    /** Every partition of report-parsed. */
    public synchronized List<TopicPartition> partitions() {
        return throughReader.partitionsFor(Topics.REPORT_PARSED.name(), READ_TIMEOUT).stream()
                .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
    }

    @Override
    public synchronized void destroy() {
        positionReader.close();
        throughReader.close();
    }

    /** Receives the events of a partition read in order. */
    @FunctionalInterface
    public interface EventSink {
        void accept(ReportParsed event, int partition, long offset);
    }
}
