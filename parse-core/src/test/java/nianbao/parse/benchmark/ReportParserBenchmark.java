package nianbao.parse.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nianbao.parse.ReportParser;
import nianbao.parse.extract.ExtractedText;
import nianbao.report.ContainerType;
import nianbao.report.ParsedReport;
import nianbao.report.testing.SampleReports;
import nianbao.report.testing.WildRenderings;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput of {@link ReportParser#parse(ExtractedText)} on each sample's text (version, sections, tables,
 * narrative; no document extraction), one thread. Run as described in docs/benchmarks.md, "Parsing".
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class ReportParserBenchmark {

    @Param({"longting-gov-office-2022.txt", "kunwu-office-2020.txt", "chaoyang-business-env-bureau-2023.txt",
            "jinping-street-2022.txt", "qidong-hitech-jinhai-2022.txt"})
    public String sample;

    /** The sample as written, or flattened into one line with its digits run together (issue 9). */
    @Param({"AS_WRITTEN", "ONE_LINE"})
    public String rendering;

    private final ReportParser parser = new ReportParser();
    private ExtractedText text;

    @Setup
    public void readSample() {
        String written = SampleReports.text(sample);
        String source = rendering.equals("ONE_LINE") ? WildRenderings.oneLine(written, WildRenderings.Values.RUN) : written;
        text = new ExtractedText(ContainerType.TEXT, source, null);
    }

    @Benchmark
    public ParsedReport parseText() {
        return parser.parse(text);
    }

    /**
     * CPU time per parse on the calling thread, per sample: on a shared machine wall-clock throughput measures the
     * other tenants, thread CPU time measures the parser (1 / CPU time = reports/s on one core). All samples are
     * parsed in turn before any is measured, so that the first one measured does not pay for the JIT's warm-up.
     */
    public static void main(String[] args) {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        int warmupRounds = 4_000;
        int measured = 10_000;
        List<ReportParserBenchmark> benchmarks = new ArrayList<>();
        for (String rendering : paramValues("rendering")) {
            for (String name : paramValues("sample")) {
                ReportParserBenchmark b = new ReportParserBenchmark();
                b.sample = name;
                b.rendering = rendering;
                b.readSample();
                benchmarks.add(b);
            }
        }
        int sink = 0;
        for (int i = 0; i < warmupRounds; i++) for (ReportParserBenchmark b : benchmarks) sink += b.parseText().cells().size();
        for (ReportParserBenchmark b : benchmarks) {
            String name = b.sample + " " + b.rendering;
            long start = cpu.getCurrentThreadCpuTime();
            for (int i = 0; i < measured; i++) sink += b.parseText().cells().size();
            double micros = (cpu.getCurrentThreadCpuTime() - start) / 1_000.0 / measured;
            System.out.printf("%-50s %8.1f µs CPU/parse  %8.0f reports/s per core  (%d)%n", name, micros, 1e6 / micros, sink);
        }
    }

    private static String[] paramValues(String field) {
        try {
            return ReportParserBenchmark.class.getField(field).getAnnotation(Param.class).value();
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
    }
}
