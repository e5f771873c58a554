package nianbao.validate.rules.structure;

import java.util.ArrayList;
import java.util.List;
import nianbao.report.CellSemantic;
import nianbao.report.FactKind;
import nianbao.report.ParsedReport;
import nianbao.report.Section;
import nianbao.report.SectionId;
import nianbao.report.tables.TableId;
import nianbao.validate.engine.Evaluation;
import nianbao.validate.engine.Operand;
import nianbao.validate.engine.Outcome;
import nianbao.validate.engine.RuleInput;
import nianbao.validate.engine.Severity;
import nianbao.validate.rules.CatalogueRule;
import nianbao.validate.rules.Checks;

/**
 * All six statutory sections (条例 Art. 50) are present; one finding per section. A missing heading whose content
 * is evidently there (its table's values, its facts — OCR often loses headings) is a WARNING, a missing
 * section an ERROR.
 */
public final class SSections extends CatalogueRule {

    public SSections() {
        super("S-SECTIONS", Severity.ERROR, "sections 一…六 present", ALL_VERSIONS);
    }

    @Override
    public List<Evaluation> evaluate(RuleInput input) {
        List<Evaluation> findings = new ArrayList<>();
        for (SectionId id : SectionId.values()) {
            Section section = input.report().section(id);
            List<Operand> operands = List.of(new Operand("SECTION:" + id.numeral(), null, section.heading(), section.span()));
            String name = id.canonicalHeading();
            if (section.found()) {
                findings.add(Checks.plain(Outcome.PASS, null, formula(), operands, "present", "present",
                        "第" + id.numeral() + "部分“" + name + "”：已找到。", "Section " + id.numeral() + " found."));
            } else if (contentPresent(input.report(), id)) {
                findings.add(Checks.plain(Outcome.FAIL, Severity.WARNING, formula(), operands, "present", "heading missing",
                        "未找到第" + id.numeral() + "部分标题“" + name + "”，但其内容存在（可能是排版或识别时丢失标题）。请核对原文并补全标题。",
                        "The heading of section " + id.numeral() + " (" + name + ") is missing though its content is there"
                                + " (often lost in conversion); check the original and have the heading restored."));
            } else {
                findings.add(Checks.plain(Outcome.FAIL, null, formula(), operands, "present", "missing",
                        "缺少第" + id.numeral() + "部分“" + name + "”（条例第五十条规定的内容）。请要求补充该部分。",
                        "Section " + id.numeral() + " (" + name + ") required by Art. 50 of the Regulation is missing; have it added."));
            }
        }
        return findings;
    }

    /** Evidence that a section's content is in the report although its heading was not found. */
    private static boolean contentPresent(ParsedReport report, SectionId id) {
        return switch (id) {
            case OVERVIEW -> !report.facts(FactKind.OVERVIEW_TOPIC).isEmpty() || hasSectionText(report, "一");
            case ACTIVE_DISCLOSURE -> hasValues(report, TableId.T2);
            case APPLICATIONS -> hasValues(report, TableId.T3);
            case REVIEW_LITIGATION -> hasValues(report, TableId.T4);
            case PROBLEMS -> hasSectionText(report, "五");
            case OTHER_MATTERS -> !report.facts(FactKind.FEE_STATEMENT).isEmpty();
        };
    }

    private static boolean hasValues(ParsedReport report, TableId table) {
        return report.cells().stream().anyMatch(c -> c.ref().table() == table && c.semantic() == CellSemantic.NUMBER);
    }

    private static boolean hasSectionText(ParsedReport report, String numeral) {
        return report.facts(FactKind.SECTION_TEXT).stream().anyMatch(f -> numeral.equals(f.qualifier()));
    }
}
