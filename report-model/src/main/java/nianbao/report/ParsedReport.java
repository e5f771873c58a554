package nianbao.report;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nianbao.report.tables.CellRef;

/**
 * Everything the parser read from one report. {@code cells} holds every cell of tables 二/三/四 that the
 * detected version defines, MISSING where the document did not yield it.
 *
 * @param publishedOn the publication date found in the text (metadata line), or null
 */
public record ParsedReport(String parserVersion, ContainerType container, FormatVersion version, Layout layout,
                           List<Section> sections, List<Cell> cells, List<NarrativeFact> facts,
                           List<LabelVariant> labelVariants, List<Diagnostic> diagnostics, LocalDate publishedOn,
                           String text) {

    public ParsedReport {
        sections = List.copyOf(sections);
        cells = List.copyOf(cells);
        facts = List.copyOf(facts);
        labelVariants = List.copyOf(labelVariants);
        diagnostics = List.copyOf(diagnostics);
    }

    /** The cell at {@code ref}; a MISSING cell when the report has none there. */
    public Cell cell(CellRef ref) {
        for (Cell c : cells) {
            if (c.ref().equals(ref)) return c;
        }
        return Cell.missing(ref);
    }

    public Map<CellRef, Cell> cellIndex() {
        // sized for every cell at the default load factor: no rehashing of a few hundred cells per validation
        Map<CellRef, Cell> index = new LinkedHashMap<>(cells.size() * 2);
        for (Cell c : cells) index.put(c.ref(), c);
        return index;
    }

    public List<NarrativeFact> facts(FactKind kind) {
        return facts.stream().filter(f -> f.kind() == kind).toList();
    }

    public boolean hasDiagnostic(String code) {
        return diagnostics.stream().anyMatch(d -> d.code().equals(code));
    }

    public Section section(SectionId id) {
        return sections.stream().filter(s -> s.id() == id).findFirst().orElse(Section.notFound(id));
    }
}
