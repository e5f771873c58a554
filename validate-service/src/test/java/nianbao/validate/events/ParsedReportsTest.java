package nianbao.validate.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nianbao.events.CellSemantic;
import nianbao.events.NarrativeFactRecord;
import nianbao.events.ReportParsed;
import nianbao.events.ReportSection;
import nianbao.events.SourceSpan;
import nianbao.events.StatTable;
import nianbao.events.TableCell;
import nianbao.report.FactKind;
import nianbao.report.ParsedReport;
import nianbao.report.Qualifier;
import nianbao.report.SectionId;
import nianbao.report.tables.CellRef;
import nianbao.validate.config.RuleSetConfig;
import nianbao.validate.engine.Outcome;
import nianbao.validate.engine.Validation;
import nianbao.validate.engine.Validator;
import nianbao.validate.engine.Verdict;
import org.junit.jupiter.api.Test;

/** issue 13 (tolerant reading): what a newer parser writes and this version does not know is left out, not fatal. */
class ParsedReportsTest {

    private static final SourceSpan AT = new SourceSpan(1, 1, 1, 2);

    @Test
    void valuesOfANewerParserAreLeftOutAndTheReportIsStillValidated() {
        ReportParsed written = ParsedEvents.parsed("a1", 2023, 3);
        List<TableCell> cells = new ArrayList<>();
        for (TableCell c : written.getCells()) {
            boolean r1Total = c.getRowId().equals("R1") && c.getColumnId().equals("TOT");
            cells.add(r1Total ? TableCell.newBuilder(c).setSemantic(CellSemantic.UNKNOWN).build() : c);
        }
        cells.add(new TableCell(StatTable.UNKNOWN, "R9", "X", "1", "1", CellSemantic.NUMBER, AT, 1.0));
        ReportParsed event = ReportParsed.newBuilder(written)
                .setSections(List.of(new ReportSection("OVERVIEW", "一、总体情况", true, AT),
                        new ReportSection("APPENDIX", "七、附件", true, AT)))
                .setNarrativeFacts(List.of(new NarrativeFactRecord("APPLICATIONS_RECEIVED", "3", List.of(), null, "共收到申请3件", AT, true),
                        new NarrativeFactRecord("APPLICATIONS_BY_HOUR", "1", List.of(), null, "每小时1件", AT, true)))
                .setCells(cells)
                .build();

        ParsedReport report = ParsedReports.report(event);

        assertThat(report.sections()).extracting(s -> s.id()).containsExactly(SectionId.OVERVIEW);
        assertThat(report.facts()).extracting(f -> f.kind()).containsExactly(FactKind.APPLICATIONS_RECEIVED);
        assertThat(report.cells()).hasSize(event.getCells().size() - 1);
        assertThat(report.cell(CellRef.parse("T3[R1][TOT]")).semantic()).isEqualTo(nianbao.report.CellSemantic.MISSING);

        Validation validation = new Validator(RuleSetConfig.defaults()).validate(ParsedReports.context(event), report, null);
        // the cell whose meaning this version does not know is not read: the rules on it are not assessable
        assertThat(validation.findings()).filteredOn(f -> f.ruleId().equals("N-APPLY-TOTAL"))
                .extracting(f -> f.outcome()).containsExactly(Outcome.NOT_ASSESSABLE);
        assertThat(validation.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(validation.findings()).filteredOn(f -> f.ruleId().equals("S-SECTIONS")).hasSize(6);
    }

    @Test
    void qualifiersAreReadIntoTheirTypesAndOneThisVersionCannotReadIsLeftOut() {
        ReportParsed event = ReportParsed.newBuilder(ParsedEvents.parsed("a1", 2023, 3))
                .setNarrativeFacts(List.of(
                        new NarrativeFactRecord("STATISTICAL_PERIOD", null, List.of(), "2023-01-01/2023-12-31", "统计期限", AT, true),
                        new NarrativeFactRecord("OUTCOME", "5", List.of(), "R3.1+R3.2", "予以公开及部分公开5件", AT, false),
                        new NarrativeFactRecord("SIGNATURE_DATE", null, List.of(), "2024年1月", "2024年1月", AT, true)))
                .build();

        ParsedReport report = ParsedReports.report(event);

        assertThat(report.facts()).extracting(f -> f.qualifier()).containsExactly(
                new Qualifier.Period(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31)),
                new Qualifier.T3Rows(List.of("R3.1", "R3.2")),
                null);
        assertThat(report.facts(FactKind.SIGNATURE_DATE).get(0).quote()).isEqualTo("2024年1月");
        // a figure read across a split (1 / 2件) stays uncertain on its way to the rules
        assertThat(report.facts()).extracting(f -> f.certain()).containsExactly(true, false, true);
    }
}
