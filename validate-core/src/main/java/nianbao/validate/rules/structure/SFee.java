package nianbao.validate.rules.structure;

import java.util.List;
import nianbao.report.FactKind;
import nianbao.report.NarrativeFact;
import nianbao.report.SectionId;
import nianbao.validate.engine.Evaluation;
import nianbao.validate.engine.Operand;
import nianbao.validate.engine.Outcome;
import nianbao.validate.engine.RuleInput;
import nianbao.validate.engine.Severity;
import nianbao.validate.rules.CatalogueRule;
import nianbao.validate.rules.Checks;
import nianbao.validate.rules.TextExtent;

/**
 * From report year 2021 (the fee measure 国办函〔2020〕109号), section 六 states the collection of 信息处理费
 * (an amount, or 未收取). Earlier years: not applicable, no finding. A text that stops before section 六 (an excerpt,
 * a cut upload) cannot show the statement missing; one that ends in section 六 without a full stop (often a bare 无)
 * is not taken for cut.
 */
public final class SFee extends CatalogueRule {

    private static final int FIRST_YEAR = 2021;

    public SFee() {
        super("S-FEE", Severity.WARNING, "Y ≥ 2021 ⇒ section 六 states 信息处理费 collection", ALL_VERSIONS);
    }

    @Override
    public List<Evaluation> evaluate(RuleInput input) {
        if (input.context().reportYear() < FIRST_YEAR) return List.of();
        List<NarrativeFact> statements = input.report().facts(FactKind.FEE_STATEMENT);
        TextExtent extent = input.textExtent();
        if (statements.isEmpty() && extent.beyondText(SectionId.OTHER_MATTERS)) {
            return List.of(Checks.plain(Outcome.NOT_ASSESSABLE, null, formula(), List.of(Operand.item("N:FEE_STATEMENT")),
                    "stated", "beyond the text",
                    extent.cutZh(SectionId.OTHER_MATTERS) + "，无法检查“六、其他需要报告的事项”是否说明了信息处理费收取情况。"
                            + "请核对是否提交了完整报告。",
                    extent.cutEn(SectionId.OTHER_MATTERS) + ", so whether section 六 states the collection of 信息处理费"
                            + " cannot be checked. Check that the whole report was submitted."));
        }
        if (statements.isEmpty()) {
            return List.of(Checks.plain(Outcome.FAIL, null, formula(), List.of(Operand.item("N:FEE_STATEMENT")), "stated", "absent",
                    "“六、其他需要报告的事项”未说明信息处理费收取情况（自2021年度起应报告，如“未收取信息处理费”或收取金额）。请要求补充。",
                    "Section 六 does not state whether 信息处理费 (information processing fees) were collected, as required"
                            + " from 2021; have it added."));
        }
        NarrativeFact fee = statements.get(0);
        return List.of(Checks.plain(Outcome.PASS, null, formula(),
                List.of(new Operand("N:FEE_STATEMENT", fee.value(), fee.value() == null ? null : fee.value().toPlainString(), fee.span())),
                "stated", "stated", "已说明信息处理费收取情况。", "The fee statement is present.").withQuote(fee.quote()));
    }
}
