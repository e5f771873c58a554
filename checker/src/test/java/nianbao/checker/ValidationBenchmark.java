package nianbao.checker;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import nianbao.checker.CheckerEngine.Document;
import nianbao.parse.ReportParser;
import nianbao.report.AgencyLevel;
import nianbao.report.FactKind;
import nianbao.report.ParsedReport;
import nianbao.validate.config.RuleSetConfig;
import nianbao.validate.engine.ReportContext;
import nianbao.validate.engine.Validation;
import nianbao.validate.engine.Validator;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Parse + validate per sample with the offline checker's engine (the services' {@link ReportParser} and
 * {@link Validator}), and validate alone on a parsed report, as docs/benchmarks.md ("Validation") reports it.
 * Run with JMH for wall-clock scores, or run {@link #main} for CPU time per report.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx512m"})
public class ValidationBenchmark {

    private static final long WARMUP_CPU_NANOS = 2_000_000_000L;
    private static final long MEASURED_CPU_NANOS = 4_000_000_000L;
    static final String[] SAMPLES = {"longting-gov-office-2022", "kunwu-office-2020", "chaoyang-business-env-bureau-2023",
            "jinping-street-2022", "qidong-hitech-jinhai-2022"};

    @Param({"longting-gov-office-2022", "kunwu-office-2020", "chaoyang-business-env-bureau-2023", "jinping-street-2022",
            "qidong-hitech-jinhai-2022"})
    public String sample;

    private final ReportParser parser = new ReportParser();
    private final Validator validator = new Validator(RuleSetConfig.defaults());
    private Document document;
    private ParsedReport parsed;
    private ReportContext context;

    @Setup
    public void load() {
        document = Samples.document(sample);
        parsed = parser.parse(document.content(), document.fileName(), "text/plain");
        context = new ReportContext("bench", sample, sample, "410202", AgencyLevel.COUNTY_DEPARTMENT,
                parsed.facts(FactKind.TITLE).isEmpty() ? 2022
                        : parsed.facts(FactKind.TITLE).get(0).value().intValue(), null);
    }

    @Benchmark
    public Validation parseAndValidate() {
        return validator.validate(context, parser.parse(document.content(), document.fileName(), "text/plain"), null);
    }

    @Benchmark
    public Validation validate() {
        return validator.validate(context, parsed, null);
    }

    /**
     * CPU time per report on the calling thread (the JIT's and GC's threads not counted: the JIT keeps recompiling
     * the parser and the rules for tens of seconds, which whole-process time would charge to whichever sample is being
     * measured), which holds on a loaded shared machine where wall-clock scores do not: 1 / CPU time is the
     * throughput of one core. Both operations run on every sample before any is measured.
     */
    public static void main(String[] args) {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        List<ValidationBenchmark> benchmarks = new ArrayList<>();
        for (String name : SAMPLES) {
            ValidationBenchmark b = new ValidationBenchmark();
            b.sample = name;
            b.load();
            benchmarks.add(b);
        }
        for (ValidationBenchmark b : benchmarks) {
            runFor(cpu, b::parseAndValidate, WARMUP_CPU_NANOS);
            runFor(cpu, b::validate, WARMUP_CPU_NANOS);
        }
        System.out.printf("%-36s %8s %18s %18s %14s %14s%n", "sample", "bytes", "parse+validate us", "validate us",
                "reports/s/core", "findings");
        for (ValidationBenchmark b : benchmarks) {
            String name = b.sample;
            double both = cpuPerOp(cpu, b::parseAndValidate);
            double validateOnly = cpuPerOp(cpu, b::validate);
            System.out.printf("%-36s %8d %18.1f %18.1f %14.0f %14d%n", name, b.document.content().length, both / 1000,
                    validateOnly / 1000, 1e9 / both, b.validate().findings().size());
        }
    }

    private static double cpuPerOp(ThreadMXBean cpu, Supplier<Validation> operation) {
        long start = cpu.getCurrentThreadCpuTime();
        long operations = runFor(cpu, operation, MEASURED_CPU_NANOS);
        return (cpu.getCurrentThreadCpuTime() - start) / (double) operations;
    }

    private static long runFor(ThreadMXBean cpu, Supplier<Validation> operation, long cpuNanos) {
        long end = cpu.getCurrentThreadCpuTime() + cpuNanos;
        long operations = 0;
        while (cpu.getCurrentThreadCpuTime() < end) {
            if (operation.get().findings().isEmpty()) throw new IllegalStateException("a validation without findings");
            operations++;
        }
        return operations;
    }
}
