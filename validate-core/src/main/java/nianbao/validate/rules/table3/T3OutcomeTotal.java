package nianbao.validate.rules.table3;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nianbao.report.FormatVersion;
import nianbao.report.tables.CellRef;
import nianbao.report.tables.T3Column;
import nianbao.report.tables.T3Row;
import nianbao.report.tables.TableEquation;
import nianbao.validate.engine.Evaluation;
import nianbao.validate.engine.RuleInput;
import nianbao.validate.engine.Severity;
import nianbao.validate.rules.CatalogueRule;
import nianbao.validate.rules.Checks;
import nianbao.validate.rules.Checks.Subject;

/** （七）总计 equals the sum of the leaf outcome rows (21 in V2021, 19 in V2019), in every column. */
public final class T3OutcomeTotal extends CatalogueRule {

    /** One column's check, the same for every report: built once per version. */
    private record ColumnCheck(TableEquation sum, Subject subject) {

        ColumnCheck(FormatVersion version, T3Column c) {
            this(TableEquation.outcomeTotal(version, c), new Subject("表三“" + c.label() + "”列：各项办理结果之和＝（七）总计",
                    "Table 3 column " + c.name() + ": the outcome rows add up to （七）总计"));
        }
    }

    private final Map<FormatVersion, List<ColumnCheck>> checks = new EnumMap<>(FormatVersion.class);

    public T3OutcomeTotal() {
        super("T3-OUTCOME-TOTAL", Severity.ERROR, "∀c: Σ_{leaf outcome rows ℓ} T3[ℓ][c] = T3[R3.7][c]", ALL_VERSIONS);
        for (FormatVersion version : FormatVersion.values()) {
            checks.put(version, Arrays.stream(T3Column.values()).map(c -> new ColumnCheck(version, c)).toList());
        }
    }

    @Override
    public List<CellRef> reads(FormatVersion version) {
        List<CellRef> refs = new ArrayList<>();
        for (T3Column c : T3Column.values()) {
            for (T3Row leaf : T3Row.leavesOf(version)) refs.add(CellRef.t3(leaf, c));
            refs.add(CellRef.t3(T3Row.R3_7, c));
        }
        return refs;
    }

    @Override
    public List<Evaluation> evaluate(RuleInput input) {
        List<Evaluation> findings = new ArrayList<>();
        for (ColumnCheck check : checks.get(input.version())) {
            findings.add(Checks.equation(input, check.sum(), check.subject(), null));
        }
        return findings;
    }
}
