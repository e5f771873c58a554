package nianbao.schemas.serde;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import nianbao.events.ReportParsed;
import nianbao.schemas.Topics;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Serialising and deserialising a typical report-parsed event ({@link TypicalReportParsed}) through the project's
 * wire-format serde, the registry answered by {@link StubRegistry} (after the first record, a serde must not ask it
 * again). Run: see docs/benchmarks.md, section "Serde".
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx512m", "-Dorg.apache.avro.SERIALIZABLE_PACKAGES=nianbao.events"})
public class SerdeBenchmark {

    private static final String TOPIC = Topics.REPORT_PARSED.name();

    private StubRegistry registry;
    private AvroWireSerializer<ReportParsed> serializer;
    private AvroWireDeserializer<ReportParsed> deserializer;
    private ReportParsed event;
    private byte[] bytes;

    @Setup(Level.Trial)
    public void setUp() {
        registry = new StubRegistry();
        Map<String, Object> config = Map.of(SerdeConfig.SCHEMA_REGISTRY_URL, registry.url(),
                SerdeConfig.AVRO_VALUE_TYPE, ReportParsed.class.getName());
        serializer = new AvroWireSerializer<>();
        serializer.configure(config, false);
        deserializer = new AvroWireDeserializer<>();
        deserializer.configure(config, false);
        event = TypicalReportParsed.event();
        bytes = serializer.serialize(TOPIC, event);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        registry.close();
    }

    @Benchmark
    public byte[] serialize() {
        return serializer.serialize(TOPIC, event);
    }

    @Benchmark
    public ReportParsed deserialize() {
        return deserializer.deserialize(TOPIC, bytes);
    }
}
