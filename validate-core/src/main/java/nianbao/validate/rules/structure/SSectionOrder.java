package nianbao.validate.rules.structure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nianbao.report.Section;
import nianbao.validate.engine.Evaluation;
import nianbao.validate.engine.Operand;
import nianbao.validate.engine.Outcome;
import nianbao.validate.engine.RuleInput;
import nianbao.validate.engine.Severity;
import nianbao.validate.rules.CatalogueRule;
import nianbao.validate.rules.Checks;

/** The sections found appear in the order 一…六, each under its own ordinal (renumbered headings are accepted but noted). */
public final class SSectionOrder extends CatalogueRule {

    public SSectionOrder() {
        super("S-SECTION-ORDER", Severity.INFO, "found sections in order 一…六 with their own ordinals", ALL_VERSIONS);
    }

    @Override
    public List<Evaluation> evaluate(RuleInput input) {
        List<Section> found = input.report().sections().stream().filter(Section::found).toList();
        List<Section> byPosition = found.stream().sorted(Comparator.comparingInt((Section s) -> s.span().line())
                .thenComparingInt(s -> s.span().column())).toList();
        List<String> problems = new ArrayList<>();
        List<String> problemsEn = new ArrayList<>();
        List<Section> byCatalogue = found.stream().sorted(Comparator.comparing(Section::id)).toList();
        if (!byPosition.equals(byCatalogue)) {
            problems.add("顺序为 " + numerals(byPosition));
            problemsEn.add("order is " + numerals(byPosition));
        }
        for (Section s : found) {
            if (s.heading() != null && !s.heading().strip().startsWith(s.id().numeral())) {
                problems.add("第" + s.id().numeral() + "部分标题为“" + s.heading().strip() + "”");
                problemsEn.add("section " + s.id().numeral() + " is headed \"" + s.heading().strip() + "\"");
            }
        }
        List<Operand> operands = found.stream()
                .map(s -> new Operand("SECTION:" + s.id().numeral(), null, s.heading(), s.span())).toList();
        String expected = "一二三四五六";
        if (problems.isEmpty()) {
            return List.of(Checks.plain(Outcome.PASS, null, formula(), operands, expected, numerals(byPosition),
                    "各部分顺序与序号符合格式。", "Sections in order with their ordinals."));
        }
        return List.of(Checks.plain(Outcome.FAIL, null, formula(), operands, expected, numerals(byPosition),
                "各部分顺序或序号与格式不一致：" + String.join("；", problems) + "。",
                "Section order or ordinals differ from the format: " + String.join("; ", problemsEn) + "."));
    }

    private static String numerals(List<Section> sections) {
        StringBuilder s = new StringBuilder();
        sections.forEach(section -> s.append(section.id().numeral()));
        return s.toString();
    }
}
