package nianbao.parse;

import java.time.LocalDate;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nianbao.parse.extract.DocumentExtractor;
import nianbao.parse.extract.ExtractedText;
import nianbao.parse.layout.RowGrouper;
import nianbao.parse.narrative.NarrativeReader;
import nianbao.parse.narrative.NarrativeReading;
import nianbao.parse.reflow.LineView;
import nianbao.parse.reflow.Reflow;
import nianbao.parse.sections.SectionFinder;
import nianbao.parse.sections.SectionMap;
import nianbao.parse.tables.TableReader;
import nianbao.parse.text.NormalisedText;
import nianbao.parse.version.FormatVersionDetector;
import nianbao.parse.version.VersionDetection;
import nianbao.report.Cell;
import nianbao.report.Diagnostic;
import nianbao.report.FactKind;
import nianbao.report.LabelVariant;
import nianbao.report.ContainerType;
import nianbao.report.Layout;
import nianbao.report.NarrativeFact;
import nianbao.report.ParsedReport;
import nianbao.report.Qualifier;
import nianbao.report.Section;
import nianbao.report.tables.CellRef;

/**
 * The pure parsing core: document → text → version, sections, tables 二/三/四 and narrative facts, all with spans into
 * the one normalised text. Deterministic and thread-safe.
 */
public final class ReportParser {

    /** Recorded on every report-parsed event; bump when a change can alter what is read from the same document. */
    public static final String PARSER_VERSION = "0.2.0";

    private final DocumentExtractor extractor;

    public ReportParser() {
        this(new DocumentExtractor());
    }

    public ReportParser(DocumentExtractor extractor) {
        this.extractor = extractor;
    }

    /** Extracts then parses; throws {@link nianbao.parse.extract.UnreadableDocumentException} for unreadable input. */
    public ParsedReport parse(byte[] content, String fileName, String mediaType) {
        return parse(extractor.extract(content, fileName, mediaType));
    }

    public ParsedReport parse(ExtractedText extracted) {
        NormalisedText text = NormalisedText.of(extracted.text());
        LineView view = Reflow.of(text.lines());
        List<String> lines = view.lines();
        VersionDetection version = FormatVersionDetector.detect(lines);
        SectionMap sections = SectionFinder.find(lines);
        NarrativeReading narrative = NarrativeReader.read(view, sections);

        boolean grid = extracted.gridLayout() != null;
        boolean openEnded = extracted.openEnded();
        RowGrouper.Grouping grouping = RowGrouper.group(lines, grid, openEnded);
        TableReader.Reading tables = TableReader.read(grouping.rows(), lines, version.version(), grid,
                statedCells(narrative.facts()), openEnded);
        Layout layout = grid ? extracted.gridLayout() : tables.concatenated() ? Layout.CONCATENATED : grouping.layout();

        List<Diagnostic> diagnostics = new ArrayList<>();
        if (version.mixed()) {
            diagnostics.add(new Diagnostic("P-VERSION-MIXED", version.explanation(), version.conflict(), List.of()));
        }
        diagnostics.addAll(tables.diagnostics());
        List<LabelVariant> variants = new ArrayList<>(tables.labelVariants());
        variants.addAll(narrative.labelVariants());

        ParsedReport read = new ParsedReport(PARSER_VERSION, extracted.container(), version.version(), layout,
                sections.sections(), tables.cells(), narrative.facts(), variants, diagnostics,
                publishedOn(narrative.facts()), text.text());
        return view.isIdentity() ? read : onSource(read, view);
    }

    /** The report with every span moved from the reflowed lines onto the source text. */
    private static ParsedReport onSource(ParsedReport r, LineView view) {
        return new ParsedReport(r.parserVersion(), r.container(), r.version(), r.layout(),
                r.sections().stream().map(s -> new Section(s.id(), s.heading(), s.found(), view.toSource(s.span()))).toList(),
                r.cells().stream().map(c -> new Cell(c.ref(), c.raw(), c.value(), c.semantic(), view.toSource(c.span()),
                        c.confidence())).toList(),
                r.facts().stream().map(f -> new NarrativeFact(f.kind(), f.value(), f.parts(), f.qualifier(), f.quote(),
                        view.toSource(f.span()), f.certain())).toList(),
                r.labelVariants().stream().map(v -> new LabelVariant(v.where(), v.asWritten(), v.canonical(),
                        view.toSource(v.span()))).toList(),
                r.diagnostics().stream().map(d -> new Diagnostic(d.code(), d.message(), view.toSource(d.span()), d.cells()))
                        .toList(),
                r.publishedOn(), r.text());
    }

    /** Table-二 cells whose value the narrative states: 制发/现行有效规范性文件 N 件. */
    private static Map<CellRef, BigDecimal> statedCells(List<NarrativeFact> facts) {
        Map<CellRef, BigDecimal> stated = new HashMap<>();
        for (NarrativeFact f : facts) {
            if (f.value() == null) continue;
            if (f.kind() == FactKind.REGDOC_MADE) stated.putIfAbsent(CellRef.parse("T2.NORM.MADE"), f.value());
            if (f.kind() == FactKind.REGDOC_VALID) stated.putIfAbsent(CellRef.parse("T2.NORM.VALID"), f.value());
        }
        return stated;
    }

    private static LocalDate publishedOn(List<NarrativeFact> facts) {
        for (NarrativeFact f : facts) {
            if (f.kind() == FactKind.PUBLISHED_ON && f.qualifier() instanceof Qualifier.Day day) return day.date();
        }
        return null;
    }
}
