package nianbao.parse.extract;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nianbao.parse.ReportParser;
import nianbao.parse.containers.DocxWriter;
import nianbao.parse.containers.HtmlWriter;
import nianbao.parse.containers.PdfWriter;
import nianbao.parse.containers.ReportDocument;
import nianbao.parse.containers.SampleDocuments;
import nianbao.parse.containers.SampleDocuments.SourceLayout;
import nianbao.report.ParsedReport;
import nianbao.report.testing.SampleReports;
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
 * Extraction time, and extraction plus parsing time, per container for one sample (longting) rendered into each, as
 * docs/benchmarks.md reports it. Includes the hand-off to the extraction worker thread, as in production. Run with
 * JMH for wall-clock scores, or run {@link #main} for CPU time per report.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx512m"})
public class ExtractionBenchmark {

    private static final String SAMPLE = SampleReports.LONGTING;
    private static final long WARMUP_CPU_NANOS = 3_000_000_000L;
    private static final long MEASURED_CPU_NANOS = 10_000_000_000L;

    /** The sample as each container holds it. */
    public enum Container {
        UTF8_TEXT, GBK_TEXT, HTML, DOCX, PDF;

        byte[] render() {
            String text = SampleReports.text(SAMPLE);
            ReportDocument document = SampleDocuments.read(text, SourceLayout.TAB_ROWS);
            return switch (this) {
                case UTF8_TEXT -> text.getBytes(StandardCharsets.UTF_8);
                case GBK_TEXT -> text.getBytes(Charset.forName("GBK"));
                case HTML -> HtmlWriter.write(document, List.of("发布时间：2023-01-20")).getBytes(StandardCharsets.UTF_8);
                case DOCX -> DocxWriter.write(document);
                case PDF -> PdfWriter.write(document, PdfWriter.cjkFont().orElseThrow(
                        () -> new IllegalStateException("no CJK font installed (apt-get install fonts-wqy-microhei)")));
            };
        }
    }

    /** Without values JMH runs every constant of the enum. */
    @Param
    public Container container;

    private final DocumentExtractor extractor = new DocumentExtractor();
    private final ReportParser parser = new ReportParser(extractor);
    private byte[] content;

    @Setup
    public void render() {
        content = container.render();
    }

    @Benchmark
    public ExtractedText extract() {
        return extractor.extract(content, SAMPLE, null);
    }

    /** What parse-service does with a submitted document: extraction, then the parse of the extracted text. */
    @Benchmark
    public ParsedReport extractAndParse() {
        return parser.parse(content, SAMPLE, null);
    }

    /**
     * CPU time per report (the whole process, all threads: JIT and GC included), which holds on a loaded shared
     * machine where JMH's wall-clock scores do not: 1 / CPU time is the throughput of one core. Every operation on
     * every container runs before any is measured, so that no measurement pays for the JIT's warm-up.
     */
    public static void main(String[] args) {
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        DocumentExtractor extractor = new DocumentExtractor();
        ReportParser parser = new ReportParser(extractor);
        List<Operation> operations = new ArrayList<>();
        for (Container container : Container.values()) {
            byte[] content = container.render();
            operations.add(new Operation(container + " extract", content.length, () -> extractor.extract(content, SAMPLE, null)));
            operations.add(new Operation(container + " extract+parse", content.length, () -> parser.parse(content, SAMPLE, null)));
        }
        operations.forEach(operation -> runFor(operation.report(), os, WARMUP_CPU_NANOS));
        System.out.printf("%-24s %8s %12s %12s %16s%n", "container operation", "bytes", "cpu us/op", "wall us/op",
                "reports/s/core");
        operations.forEach(operation -> measure(operation, os));
    }

    /** One measured operation on one rendering of the sample. */
    private record Operation(String name, int bytes, Runnable report) {
    }

    private static void measure(Operation operation, OperatingSystemMXBean os) {
        long cpu = os.getProcessCpuTime();
        long wall = System.nanoTime();
        long operations = runFor(operation.report(), os, MEASURED_CPU_NANOS);
        double cpuPerOp = (os.getProcessCpuTime() - cpu) / (double) operations;
        double wallPerOp = (System.nanoTime() - wall) / (double) operations;
        System.out.printf("%-24s %8d %12.1f %12.1f %16.0f%n", operation.name(), operation.bytes(), cpuPerOp / 1000,
                wallPerOp / 1000, 1e9 / cpuPerOp);
    }

    private static long runFor(Runnable report, OperatingSystemMXBean os, long cpuNanos) {
        long end = os.getProcessCpuTime() + cpuNanos;
        long operations = 0;
        while (os.getProcessCpuTime() < end) {
            report.run();
            operations++;
        }
        return operations;
    }
}
