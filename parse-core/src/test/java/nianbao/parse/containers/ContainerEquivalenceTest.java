package nianbao.parse.containers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nianbao.parse.ReportParser;
import nianbao.parse.containers.PdfWriter.Style;
import nianbao.parse.containers.PdfWriter.VerticalAlign;
import nianbao.report.Cell;
import nianbao.report.CellSemantic;
import nianbao.report.ContainerType;
import nianbao.report.Layout;
import nianbao.report.ParsedReport;
import nianbao.report.tables.CellRef;
import nianbao.report.tables.T3Column;
import nianbao.report.tables.T3Row;
import nianbao.report.tables.T4Column;
import nianbao.report.tables.TableId;
import nianbao.report.testing.ComparableFacts;
import nianbao.report.testing.SampleReports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * issue 3, Done-when: the same content rendered by the tests into other containers yields the same cells (value
 * and semantic) as the text sample it was made from.
 */
class ContainerEquivalenceTest {

    private static final ReportParser PARSER = new ReportParser();

    /** A container the sample is rendered into, and what the parser should report it as. */
    enum Rendering {
        HTML(ContainerType.HTML, Layout.HTML_TABLE) {
            @Override
            byte[] render(ReportDocument document, String sample, String sampleText) {
                return HtmlWriter.write(document, List.of("发布时间：2023-01-20", "来源：办公室")).getBytes(StandardCharsets.UTF_8);
            }
        },
        DOCX(ContainerType.DOCX, Layout.DOCX_TABLE) {
            @Override
            byte[] render(ReportDocument document, String sample, String sampleText) {
                return DocxWriter.write(document);
            }
        },
        PDF(ContainerType.PDF, Layout.PDF_LAYOUT) {
            @Override
            byte[] render(ReportDocument document, String sample, String sampleText) {
                return PdfWriter.write(document, cjkFont(), Style.FITTED);
            }
        },
        /** Group labels printed in the middle of their rows: on a line of their own or on a later row's line. */
        PDF_MIDDLE_LABELS(ContainerType.PDF, Layout.PDF_LAYOUT) {
            @Override
            byte[] render(ReportDocument document, String sample, String sampleText) {
                return PdfWriter.write(document, cjkFont(), Style.FITTED.aligned(VerticalAlign.MIDDLE));
            }
        },
        PDF_WRAPPED_TOP(PrintedPdf.WRAPPED_TOP),
        PDF_WRAPPED_MIDDLE(PrintedPdf.WRAPPED_MIDDLE),
        PDF_RUNNING_TITLE(PrintedPdf.RUNNING_TITLE),
        PDF_RUNNING_AGENCY_REPEATED_HEADER(PrintedPdf.RUNNING_AGENCY_REPEATED_HEADER),
        GBK_TEXT(ContainerType.TEXT, null) {
            @Override
            byte[] render(ReportDocument document, String sample, String sampleText) {
                Charset gbk = Charset.forName("GBK");
                assertThat(gbk.newEncoder().canEncode(sampleText)).as("sample is GBK-encodable").isTrue();
                return sampleText.getBytes(gbk);
            }
        },
        CONCATENATED_DIGITS(ContainerType.TEXT, Layout.CONCATENATED) {
            @Override
            byte[] render(ReportDocument document, String sample, String sampleText) {
                return ConcatenatedTextWriter.write(document).getBytes(StandardCharsets.UTF_8);
            }
        },
        /** Made by LibreOffice from the sample's HTML rendering (src/test/resources/office/README.md): real office files. */
        OFFICE_DOCX(ContainerType.DOCX, Layout.DOCX_TABLE, "docx"),
        /** Word 97–2003 binary format, as many agencies' sites still publish. */
        OFFICE_DOC(ContainerType.DOC, Layout.DOCX_TABLE, "doc"),
        /** Exported by the office suite: narrow columns, so row labels wrap onto many lines. */
        OFFICE_PDF(ContainerType.PDF, Layout.PDF_LAYOUT, "pdf"),
        /** The office suite's "save as HTML": a cell's text in paragraphs and fonts, widths on every cell. */
        OFFICE_HTML(ContainerType.HTML, Layout.HTML_TABLE, "html");

        final ContainerType container;
        /** The layout the parser should report; null: the same as for the original text. */
        final Layout layout;
        /** The extension of the office-made file of the sample; null: rendered by the test. */
        final String officeFile;
        /** How Word would print it; null: rendered otherwise. */
        final PrintedPdf printed;

        Rendering(ContainerType container, Layout layout) {
            this(container, layout, null);
        }

        Rendering(ContainerType container, Layout layout, String officeFile) {
            this.container = container;
            this.layout = layout;
            this.officeFile = officeFile;
            this.printed = null;
        }

        Rendering(PrintedPdf printed) {
            this.container = ContainerType.PDF;
            this.layout = Layout.PDF_LAYOUT;
            this.officeFile = null;
            this.printed = printed;
        }

        /**
         * The sample as this rendering gives it; the office renderings read the file made by the office suite, the
         * printed ones print it as Word would.
         */
        byte[] render(ReportDocument document, String sample, String sampleText) {
            return printed != null ? PdfWriter.write(document, cjkFont(), printed.style(sampleText)) : officeFile(sample, officeFile);
        }

        private static byte[] officeFile(String sample, String extension) {
            String name = "/office/" + sample.replaceFirst("\\.txt$", "." + extension);
            try (InputStream in = ContainerEquivalenceTest.class.getResourceAsStream(name)) {
                assertThat(in).as(name).isNotNull();
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static Path cjkFont() {
            assumeTrue(PdfWriter.cjkFont().isPresent(), "no CJK font installed (apt-get install fonts-wqy-microhei)");
            return PdfWriter.cjkFont().orElseThrow();
        }
    }

    static Stream<Arguments> renderings() {
        List<Arguments> cases = new ArrayList<>();
        for (String sample : PrintedPdf.SAMPLES) {
            for (Rendering rendering : List.of(Rendering.HTML, Rendering.DOCX, Rendering.PDF, Rendering.PDF_MIDDLE_LABELS,
                    Rendering.PDF_WRAPPED_TOP, Rendering.PDF_WRAPPED_MIDDLE, Rendering.PDF_RUNNING_TITLE,
                    Rendering.PDF_RUNNING_AGENCY_REPEATED_HEADER,
                    Rendering.GBK_TEXT, Rendering.OFFICE_DOCX, Rendering.OFFICE_DOC, Rendering.OFFICE_PDF, Rendering.OFFICE_HTML)) {
                cases.add(Arguments.of(sample, rendering));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("renderings")
    void renderedSampleYieldsTheSameCellsAsTheText(String sample, Rendering rendering) {
        assertSameCells(sample, rendering);
    }

    /**
     * Longting's outcome rows carry 6 of 7 values, so their concatenation cannot be split into 7 numbers
     * without inventing one: only jinping, whose rows are complete, is rendered this way. Table 二's digit runs have
     * no sum constraint (domain-spec §7), so there the parser may leave a run unsplit: such a cell must then be
     * MISSING and named by a P-AMBIGUOUS diagnostic, never a different number.
     */
    @Test
    void concatenatedDigitTextYieldsTheSameCellsOrDeclaresTable2Ambiguous() {
        ParsedReport original = PARSER.parse(SampleReports.bytes(SampleReports.JINPING), SampleReports.JINPING, "text/plain");

        ParsedReport rendered = render(SampleReports.JINPING, Rendering.CONCATENATED_DIGITS);

        Set<CellRef> ambiguous = rendered.diagnostics().stream().filter(d -> d.code().equals("P-AMBIGUOUS"))
                .flatMap(d -> d.cells().stream()).collect(Collectors.toSet());
        List<String> differences = differences(original, rendered, Rendering.CONCATENATED_DIGITS).stream()
                .filter(difference -> !(difference.ref().table() == TableId.T2
                        && difference.actual().semantic() == CellSemantic.MISSING && ambiguous.contains(difference.ref())))
                .map(Difference::toString).toList();
        assertThat(differences).isEmpty();
    }

    private static void assertSameCells(String sample, Rendering rendering) {
        ParsedReport original = PARSER.parse(SampleReports.bytes(sample), sample, "text/plain");

        ParsedReport rendered = render(sample, rendering);

        if (rendering.layout == null) {
            assertThat(rendered.layout()).isEqualTo(original.layout());
        }
        assertThat(differences(original, rendered, rendering).stream().map(Difference::toString).toList()).isEmpty();
        if (rendering.printed != null) {
            assertThat(ComparableFacts.of(rendered)).as("narrative facts").containsExactlyInAnyOrderElementsOf(ComparableFacts.of(original));
        }
    }

    private static ParsedReport render(String sample, Rendering rendering) {
        String sampleText = SampleReports.text(sample);
        byte[] content = rendering.render(SampleDocuments.read(sampleText, SampleDocuments.layoutOf(sample)), sample, sampleText);
        ParsedReport rendered = PARSER.parse(content, "report", null);
        assertThat(rendered.container()).isEqualTo(rendering.container);
        if (rendering.layout != null) {
            assertThat(rendered.layout()).isEqualTo(rendering.layout);
        }
        assertHeadlineFigures(sample, rendered);
        return rendered;
    }

    /** A cell whose value or semantic differs between the text sample and its rendering. */
    private record Difference(Cell expected, Cell actual, Rendering rendering) {
        CellRef ref() {
            return expected.ref();
        }

        @Override
        public String toString() {
            return ref() + ": text " + expected.semantic() + " " + expected.value()
                    + ", " + rendering + " " + actual.semantic() + " " + actual.value();
        }
    }

    private static List<Difference> differences(ParsedReport original, ParsedReport rendered, Rendering rendering) {
        assertThat(rendered.cells().stream().map(Cell::ref).toList())
                .containsExactlyInAnyOrderElementsOf(original.cells().stream().map(Cell::ref).toList());
        List<Difference> differences = new ArrayList<>();
        for (Cell expected : original.cells()) {
            Cell actual = rendered.cell(expected.ref());
            if (expected.semantic() != actual.semantic() || !sameNumber(expected.value(), actual.value())) {
                differences.add(new Difference(expected, actual, rendering));
            }
        }
        return differences;
    }

    /** domain-spec §9.6, so the comparison cannot pass on two equally empty readings. */
    private static void assertHeadlineFigures(String sample, ParsedReport report) {
        long applications = sample.equals(SampleReports.LONGTING) ? 16 : 5;
        assertThat(number(report, CellRef.t3(T3Row.R1, T3Column.TOT))).isEqualTo(applications);
        assertThat(number(report, CellRef.t3(T3Row.R3_7, T3Column.TOT))).isEqualTo(applications);
        assertThat(number(report, CellRef.t4(T4Column.RV_TOTAL))).isEqualTo(sample.equals(SampleReports.LONGTING) ? 12 : 0);
        assertThat(number(report, CellRef.t4(T4Column.LD_TOTAL))).isEqualTo(sample.equals(SampleReports.LONGTING) ? 5 : 0);
        assertThat(number(report, CellRef.t4(T4Column.LR_TOTAL))).isEqualTo(sample.equals(SampleReports.LONGTING) ? 2 : 0);
    }

    private static Long number(ParsedReport report, CellRef ref) {
        BigDecimal value = report.cell(ref).value();
        return value == null ? null : value.longValueExact();
    }

    private static boolean sameNumber(BigDecimal expected, BigDecimal actual) {
        return Objects.equals(expected, actual) || (expected != null && actual != null && expected.compareTo(actual) == 0);
    }
}
