package nianbao.parse.containers;

import java.nio.file.Path;
import java.util.List;
import nianbao.parse.containers.PdfWriter.Footer;
import nianbao.parse.containers.PdfWriter.Style;
import nianbao.parse.containers.PdfWriter.VerticalAlign;
import nianbao.parse.containers.SampleDocuments.SourceLayout;
import nianbao.report.testing.SampleReports;

/** The samples printed to PDF as Word prints a report, in the ways real reports differ. */
public enum PrintedPdf {
    /** Fixed columns, labels and headers wrapped inside their cells, figures on a cell's first line. */
    WRAPPED_TOP,
    /** Wrapped cells with every cell's text centred vertically: figures between or beside label fragments. */
    WRAPPED_MIDDLE,
    /** The report title at the top of every page, 第N页 共M页 below: both land inside sentences and tables. */
    RUNNING_TITLE,
    /** The agency's name at the top of every page, and a table broken by a page end repeats its header rows. */
    RUNNING_AGENCY_REPEATED_HEADER;

    /** The samples whose tables {@link SampleDocuments} prints as a report would. */
    public static final List<String> SAMPLES = List.of(SampleReports.LONGTING, SampleReports.JINPING);

    public Style style(String sampleText) {
        String title = sampleText.strip().lines().findFirst().orElseThrow().strip();
        return switch (this) {
            case WRAPPED_TOP -> Style.wrapped(VerticalAlign.TOP);
            case WRAPPED_MIDDLE -> Style.wrapped(VerticalAlign.MIDDLE);
            case RUNNING_TITLE -> Style.wrapped(VerticalAlign.TOP).paged(title, false, Footer.PAGE_OF_PAGES);
            case RUNNING_AGENCY_REPEATED_HEADER ->
                    Style.wrapped(VerticalAlign.MIDDLE).paged(title.replaceFirst("\\d{4}年.*", ""), true, Footer.DASHES);
        };
    }

    public byte[] render(String sample, Path font) {
        String text = SampleReports.text(sample);
        return PdfWriter.write(SampleDocuments.read(text, SampleDocuments.layoutOf(sample)), font, style(text));
    }
}
