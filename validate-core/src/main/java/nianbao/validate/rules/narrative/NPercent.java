package nianbao.validate.rules.narrative;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nianbao.report.FactKind;
import nianbao.report.FormatVersion;
import nianbao.report.NarrativeFact;
import nianbao.report.tables.CellRef;
import nianbao.report.tables.T3Column;
import nianbao.report.tables.T3Row;
import nianbao.validate.engine.Evaluation;
import nianbao.validate.engine.RuleInput;
import nianbao.validate.engine.Severity;
import nianbao.validate.rules.CatalogueRule;
import nianbao.validate.rules.Checks;
import nianbao.validate.rules.Checks.Subject;
import nianbao.validate.rules.Reading;
import nianbao.validate.rules.Readings;

/**
 * "N件，占X%": |N / base × 100 − X| ≤ 0.05, where base is the stated denominator or else （七）总计; and the shares
 * of one breakdown add up to 100% ± 0.1. A breakdown is the shares stated on one line whose counts add up to their
 * base: partial listings ("其中…占…") are common and prove nothing, so only complete ones are summed.
 */
public final class NPercent extends CatalogueRule {

    private static final BigDecimal TOLERANCE = new BigDecimal("0.05");
    private static final BigDecimal SUM_TOLERANCE = new BigDecimal("0.1");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final CellRef DEFAULT_BASE = CellRef.t3(T3Row.R3_7, T3Column.TOT);

    public NPercent() {
        super("N-PERCENT", Severity.WARNING, "|N / base × 100 − X| ≤ 0.05 (base: stated, else T3[R3.7][TOT])", ALL_VERSIONS);
    }

    @Override
    public List<CellRef> reads(FormatVersion version) {
        return List.of(DEFAULT_BASE);
    }

    @Override
    public List<Evaluation> evaluate(RuleInput input) {
        List<Evaluation> findings = new ArrayList<>();
        for (NarrativeFact fact : input.report().facts(FactKind.PERCENT)) {
            if (fact.parts().isEmpty()) continue; // a share without its count: nothing to recompute
            Reading percent = Readings.fact(fact);
            Reading count = Readings.stated("N:PERCENT.COUNT", fact.parts().get(0), fact);
            Reading base = fact.parts().size() > 1 ? Readings.stated("N:PERCENT.BASE", fact.parts().get(1), fact)
                    : Readings.cell(input, DEFAULT_BASE);
            List<Reading> readings = List.of(count, base, percent);
            String computed = null;
            boolean holds = true;
            if (readings.stream().noneMatch(Reading::isMissing)) {
                if (base.value().signum() == 0) {
                    holds = count.value().signum() == 0 && percent.value().signum() == 0;
                    computed = "—";
                } else {
                    BigDecimal share = count.value().multiply(HUNDRED).divide(base.value(), MathContext.DECIMAL64);
                    holds = share.subtract(percent.value()).abs().compareTo(TOLERANCE) <= 0;
                    computed = share.setScale(2, RoundingMode.HALF_UP).toPlainString();
                }
            }
            Subject subject = new Subject("正文所述比例（" + count.text() + "件占" + percent.text() + "%）",
                    "Percentage per the narrative (" + count.text() + " = " + percent.text() + "%)");
            findings.add(Checks.judge(subject,
                    readings, holds, null, "|" + count.id() + " / " + base.id() + " × 100 − " + percent.id() + "| ≤ 0.05",
                    computed, percent.text(),
                    count.text() + " ÷ " + base.text() + " × 100 = " + computed + "%，与所述 " + percent.text() + "% 不符",
                    count.text() + " / " + base.text() + " × 100 = " + computed + "%, not the stated " + percent.text() + "%")
                    .withQuote(fact.quote()));
        }
        findings.addAll(breakdowns(input));
        return findings;
    }

    private static List<Evaluation> breakdowns(RuleInput input) {
        Map<Integer, List<NarrativeFact>> byLine = new TreeMap<>();
        for (NarrativeFact fact : input.report().facts(FactKind.PERCENT)) {
            if (!fact.parts().isEmpty() && fact.span().isKnown()) {
                byLine.computeIfAbsent(fact.span().line(), line -> new ArrayList<>()).add(fact);
            }
        }
        List<Evaluation> findings = new ArrayList<>();
        for (List<NarrativeFact> shares : byLine.values()) {
            if (shares.size() < 2) continue;
            BigDecimal base = commonBase(input, shares);
            BigDecimal counted = shares.stream().map(f -> f.parts().get(0)).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (base == null || counted.compareTo(base) != 0) continue;
            BigDecimal total = shares.stream().map(NarrativeFact::value).reduce(BigDecimal.ZERO, BigDecimal::add);
            boolean holds = total.subtract(HUNDRED).abs().compareTo(SUM_TOLERANCE) <= 0;
            List<Reading> readings = shares.stream().map(Readings::fact).toList();
            String listed = String.join(" + ", shares.stream().map(f -> f.value().toPlainString() + "%").toList());
            findings.add(Checks.judge(new Subject("正文同一组比例之和（" + listed + "）", "The shares of one breakdown (" + listed + ")"),
                    readings, holds, null, "Σ shares of one breakdown = 100 ± 0.1", "100", total.toPlainString(),
                    "各项件数合计 " + counted.toPlainString() + " 件即全部，但所列比例之和为 " + total.toPlainString() + "%",
                    "the counts add up to all " + counted.toPlainString() + ", but the shares add up to "
                            + total.toPlainString() + "%").withQuote(shares.get(0).quote()));
        }
        return findings;
    }

    /** The base the shares are of: their one stated denominator, or else （七）总计 when it was read. */
    private static BigDecimal commonBase(RuleInput input, List<NarrativeFact> shares) {
        List<BigDecimal> stated = shares.stream().filter(f -> f.parts().size() > 1).map(f -> f.parts().get(1)).distinct().toList();
        if (stated.size() == 1) return stated.get(0);
        if (!stated.isEmpty()) return null;
        Reading total = Readings.cell(input, DEFAULT_BASE);
        return total.isMissing() ? null : total.value();
    }
}
