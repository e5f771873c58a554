package nianbao.validate.rules.crossyear;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nianbao.report.FactKind;
import nianbao.report.NarrativeFact;
import nianbao.report.ParsedReport;
import nianbao.report.Qualifier;
import nianbao.report.SectionId;
import nianbao.validate.engine.Evaluation;
import nianbao.validate.engine.Operand;
import nianbao.validate.engine.Outcome;
import nianbao.validate.engine.RuleInput;
import nianbao.validate.engine.Severity;
import nianbao.validate.rules.CatalogueRule;
import nianbao.validate.rules.Checks;

/**
 * Sections 一 and 五 are not near-copies of last year's (30号 forbids 内容雷同): similarity above 90% after removing
 * numbers, whitespace and punctuation, measured as the Dice coefficient of character bigrams.
 */
public final class XCopy extends CatalogueRule {

    static final double THRESHOLD = 0.9;
    private static final List<SectionId> SECTIONS = List.of(SectionId.OVERVIEW, SectionId.PROBLEMS);

    public XCopy() {
        super("X-COPY", Severity.WARNING, "similarity(section 一/五 of Y, of Y−1) ≤ 90%", ALL_VERSIONS);
    }

    @Override
    public List<Evaluation> evaluate(RuleInput input) {
        if (input.priorYear() == null) return List.of(PriorYear.unavailable(input, input.version(), formula()));
        int prior = input.context().reportYear() - 1;
        List<Evaluation> findings = new ArrayList<>();
        for (SectionId section : SECTIONS) {
            String numeral = section.numeral();
            NarrativeFact now = sectionText(input.report(), section);
            NarrativeFact before = sectionText(input.priorYear(), section);
            if (now == null || before == null) {
                findings.add(Checks.plain(Outcome.NOT_ASSESSABLE, null, formula(), List.of(Operand.item("SECTION:" + numeral)),
                        null, null, "第" + numeral + "部分文字未能从本年或 " + prior + " 年度报告中读取，无法比较是否雷同。",
                        "Section " + numeral + " text missing in this or the " + prior + " report; not comparable."));
                continue;
            }
            double similarity = similarity(now.quote(), before.quote());
            String percent = BigDecimal.valueOf(similarity * 100).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
            List<Operand> operands = List.of(new Operand("SECTION:" + numeral, null, null, now.span()),
                    new Operand("SECTION:" + numeral + "@" + prior, null, null, before.span()));
            findings.add(similarity > THRESHOLD
                    ? Checks.plain(Outcome.FAIL, null, formula(), operands, "≤ 90%", percent,
                    "第" + numeral + "部分与 " + prior + " 年度报告相似度达 " + percent + "（去除数字后），疑似照搬上年内容（内容雷同）。请核实并要求如实撰写。",
                    "Section " + numeral + " is " + percent + " similar to the " + prior + " report (numbers removed): likely copied.")
                    : Checks.plain(Outcome.PASS, null, formula(), operands, "≤ 90%", percent,
                    "第" + numeral + "部分与上年相似度 " + percent + "，未见雷同。", "Section " + numeral + " is " + percent + " similar to last year."));
        }
        return findings;
    }

    private static NarrativeFact sectionText(ParsedReport report, SectionId section) {
        return report.facts(FactKind.SECTION_TEXT).stream()
                .filter(f -> new Qualifier.OfSection(section).equals(f.qualifier()) && f.quote() != null && !f.quote().isBlank())
                .findFirst().orElse(null);
    }

    /** Dice coefficient of the character-bigram multisets of the two texts, numbers and punctuation removed. */
    static double similarity(String a, String b) {
        Map<String, Integer> x = bigrams(a);
        Map<String, Integer> y = bigrams(b);
        int total = x.values().stream().mapToInt(Integer::intValue).sum() + y.values().stream().mapToInt(Integer::intValue).sum();
        if (total == 0) return 0;
        int shared = 0;
        for (Map.Entry<String, Integer> e : x.entrySet()) shared += Math.min(e.getValue(), y.getOrDefault(e.getKey(), 0));
        return 2.0 * shared / total;
    }

    private static Map<String, Integer> bigrams(String text) {
        String letters = text.replaceAll("[\\p{N}\\p{P}\\p{S}\\s]+", "");
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i + 2 <= letters.length(); i++) counts.merge(letters.substring(i, i + 2), 1, Integer::sum);
        return counts;
    }
}
