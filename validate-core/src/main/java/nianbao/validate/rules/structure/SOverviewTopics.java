package nianbao.validate.rules.structure;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import nianbao.report.FactKind;
import nianbao.report.FormatVersion;
import nianbao.report.NarrativeFact;
import nianbao.report.OverviewTopic;
import nianbao.report.Qualifier;
import nianbao.report.SectionId;
import nianbao.validate.engine.Evaluation;
import nianbao.validate.engine.Operand;
import nianbao.validate.engine.Outcome;
import nianbao.validate.engine.RuleInput;
import nianbao.validate.engine.Severity;
import nianbao.validate.rules.CatalogueRule;
import nianbao.validate.rules.Checks;

/** V2021: 一、总体情况 covers the five topics of 30号 item (一). */
public final class SOverviewTopics extends CatalogueRule {

    public SOverviewTopics() {
        super("S-OVERVIEW-TOPICS", Severity.WARNING, "一、总体情况 covers 主动公开, 依申请公开, 政府信息管理, 平台建设, 监督保障",
                EnumSet.of(FormatVersion.V2021));
    }

    @Override
    public List<Evaluation> evaluate(RuleInput input) {
        List<NarrativeFact> facts = input.report().facts(FactKind.OVERVIEW_TOPIC);
        if (facts.isEmpty() && !input.report().section(SectionId.OVERVIEW).found()) {
            return List.of(Checks.plain(Outcome.NOT_ASSESSABLE, null, formula(), List.of(Operand.item("SECTION:一")),
                    "5", null, "未找到“一、总体情况”，无法检查其内容。", "Section 一 not found; its topics cannot be checked."));
        }
        List<String> missing = new ArrayList<>();
        List<Operand> operands = new ArrayList<>();
        for (OverviewTopic topic : OverviewTopic.values()) {
            Qualifier.Topic named = new Qualifier.Topic(topic);
            NarrativeFact covering = facts.stream().filter(f -> named.equals(f.qualifier())).findFirst().orElse(null);
            if (covering == null) {
                missing.add(topic.zh());
                operands.add(Operand.item("TOPIC:" + topic.zh()));
            } else {
                operands.add(new Operand("TOPIC:" + topic.zh(), null, named.text(), covering.span()));
            }
        }
        String actual = String.valueOf(OverviewTopic.values().length - missing.size());
        if (missing.isEmpty()) {
            return List.of(Checks.plain(Outcome.PASS, null, formula(), operands, "5", actual,
                    "总体情况涵盖五项内容。", "The overview covers all five topics."));
        }
        return List.of(Checks.plain(Outcome.FAIL, null, formula(), operands, "5", actual,
                "“一、总体情况”缺少以下内容：" + String.join("、", missing) + "（国办公开办函〔2021〕30号要求报告主动公开、依申请公开、"
                        + "政府信息管理、平台建设、监督保障五方面）。请要求补充。",
                "Section 一 lacks: " + String.join(", ", missing) + " (30号 requires all five topics); have them added."));
    }
}
