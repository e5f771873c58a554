package nianbao.validate.rules.structure;

import java.util.List;
import java.util.stream.Collectors;
import nianbao.report.LabelVariant;
import nianbao.validate.engine.Evaluation;
import nianbao.validate.engine.Operand;
import nianbao.validate.engine.Outcome;
import nianbao.validate.engine.RuleInput;
import nianbao.validate.engine.Severity;
import nianbao.validate.rules.CatalogueRule;
import nianbao.validate.rules.Checks;

/** Labels that matched only after normalisation or as known variants (本年废件数, 其他法律法规禁止公开, truncated headers…). */
public final class SLabels extends CatalogueRule {

    public SLabels() {
        super("S-LABELS", Severity.INFO, "every label canonical after normalisation", ALL_VERSIONS);
    }

    @Override
    public List<Evaluation> evaluate(RuleInput input) {
        List<LabelVariant> variants = input.report().labelVariants();
        if (variants.isEmpty()) {
            return List.of(Checks.plain(Outcome.PASS, null, formula(), List.of(), "canonical", "canonical",
                    "表格标签均为规范写法。", "All labels are canonical."));
        }
        List<Operand> operands = variants.stream()
                .map(v -> new Operand("LABEL:" + v.where() + ":" + v.asWritten(), null, v.asWritten(), v.span())).toList();
        String listed = variants.stream().map(v -> "“" + v.asWritten() + "”（应为“" + v.canonical() + "”）")
                .collect(Collectors.joining("、"));
        String listedEn = variants.stream().map(v -> v.asWritten() + " (" + v.canonical() + ")").collect(Collectors.joining(", "));
        return List.of(Checks.plain(Outcome.FAIL, null, formula(), operands, "canonical", variants.size() + " variants",
                "以下标签与格式规范写法不一致：" + listed + "。", "Non-canonical labels: " + listedEn + "."));
    }
}
