package nianbao.validate.rules.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nianbao.report.Cell;
import nianbao.report.CellSemantic;
import nianbao.report.FactKind;
import nianbao.report.ParsedReport;
import nianbao.report.Qualifier;
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
import nianbao.validate.rules.TextExtent;

/**
 * All six statutory sections (条例 Art. 50) are present; one finding per section. A missing heading whose content
 * is evidently there (its table's values, its facts — OCR often loses headings) is a WARNING, a missing
 * section an ERROR.
 */
public final class SSections extends CatalogueRule {

    /** The sub-topics of section 一 (domain-spec §2.2) as agencies word them. */
    private static final List<Pattern> OVERVIEW_TOPICS = Stream.of("主动公开", "依申请公开", "政[府务]信息管理",
            "平台(建设|载体)", "监督(和|与)?保障").map(Pattern::compile).toList();
    /** An overview names most of its sub-topics; two are not a chance mention. */
    private static final int MIN_OVERVIEW_TOPICS = 2;
    /** Section 五's subject in its own words: 存在的主要问题, 存在的不足, 改进情况 / 改进措施. */
    private static final Pattern PROBLEMS_WORDING = Pattern.compile("存在的?主?要?(问题|不足)|改进(情况|措施|举措|方向)");

    public SSections() {
        super("S-SECTIONS", Severity.ERROR, "sections 一…六 present", ALL_VERSIONS);
    }

    @Override
    public List<Evaluation> evaluate(RuleInput input) {
        List<Evaluation> findings = new ArrayList<>();
        TextExtent extent = input.textExtent();
        for (SectionId id : SectionId.values()) {
            Section section = input.report().section(id);
            List<Operand> operands = List.of(new Operand("SECTION:" + id.numeral(), null, section.heading(), section.span()));
            String name = id.canonicalHeading();
            if (section.found()) {
                findings.add(Checks.plain(Outcome.PASS, null, formula(), operands, "present", "present",
                        "第" + id.numeral() + "部分“" + name + "”：已找到。", "Section " + id.numeral() + " found."));
            } else if (extent.beyondText(id)) {
                findings.add(Checks.plain(Outcome.NOT_ASSESSABLE, null, formula(), operands, "present", "beyond the text",
                        extent.cutZh(id) + "，无法检查第" + id.numeral() + "部分“" + name + "”是否存在。请核对是否提交了完整报告。",
                        extent.cutEn(id) + ", so whether section " + id.numeral()
                                + " exists cannot be checked; check that the whole report was submitted."));
            } else if (contentPresent(input.report(), input.lines(), id)) {
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

    /**
     * Evidence that a section's content is in the report although its heading was not found (domain-spec §6.6): its
     * table's cells, its fee statement, the overview's sub-topics before the tables and the other sections, or
     * wording of problems and improvements.
     */
    private static boolean contentPresent(ParsedReport report, List<String> lines, SectionId id) {
        return switch (id) {
            case OVERVIEW -> {
                List<String> before = lines.subList(0, Math.min(lines.size(), firstOtherContentLine(report) - 1));
                yield overviewTopics(before) >= MIN_OVERVIEW_TOPICS || overviewParagraphs(before);
            }
            case ACTIVE_DISCLOSURE -> hasCells(report, TableId.T2);
            case APPLICATIONS -> hasCells(report, TableId.T3);
            case REVIEW_LITIGATION -> hasCells(report, TableId.T4);
            case PROBLEMS -> hasSectionText(report, SectionId.PROBLEMS) || (report.text() != null && PROBLEMS_WORDING.matcher(report.text()).find());
            case OTHER_MATTERS -> !report.facts(FactKind.FEE_STATEMENT).isEmpty();
        };
    }

    /**
     * A prose paragraph that reports figures of the year stands before the first heading of another section and the
     * first table: an overview without its heading (not the bare preamble `根据…编制本报告。`, which states no figure).
     */
    private static boolean overviewParagraphs(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (!TextExtent.paragraphBefore(List.of(lines.get(i)), 2)) continue;
            // PDF text extraction may set a count on a line of its own, its unit opening the next ("信息\n77\n条")
            if (FIGURE.matcher(String.join("\n", lines.subList(i, Math.min(i + 3, lines.size())))).find()) return true;
        }
        return false;
    }

    /** A count of the year; full-width digits (Word's 全角 input) count as much as ASCII ones. */
    private static final Pattern FIGURE = Pattern.compile("\\p{Nd}+\\s*[件条篇份次个项]");

    private static String numeral(int n) {
        return SectionId.values()[n - 1].numeral();
    }

    /** Some cell of the table was read, a number or a blank. */
    private static boolean hasCells(ParsedReport report, TableId table) {
        return report.cells().stream().anyMatch(c -> c.ref().table() == table && c.semantic() != CellSemantic.MISSING);
    }

    private static boolean hasSectionText(ParsedReport report, SectionId section) {
        return report.facts(FactKind.SECTION_TEXT).stream().anyMatch(f -> new Qualifier.OfSection(section).equals(f.qualifier()));
    }

    /** The first line of a found heading of another section than 一, or of a table cell read. */
    private static int firstOtherContentLine(ParsedReport report) {
        int end = Integer.MAX_VALUE;
        for (Section s : report.sections()) if (s.found() && s.id() != SectionId.OVERVIEW) end = Math.min(end, s.span().line());
        for (Cell c : report.cells()) if (c.semantic() != CellSemantic.MISSING && c.span().isKnown()) end = Math.min(end, c.span().line());
        return end;
    }

    /** How many of section 一's sub-topics {@code lines} name: the lines before the first other section or table. */
    private static int overviewTopics(List<String> lines) {
        String before = String.join("\n", lines);
        int topics = 0;
        for (Pattern topic : OVERVIEW_TOPICS) if (topic.matcher(before).find()) topics++;
        return topics;
    }
}
