package nianbao.validate.rules.table3;

import java.util.ArrayList;
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
import nianbao.validate.rules.Reading;
import nianbao.validate.rules.Readings;

/**
 * Every row's 总计 equals the sum of its six applicant columns; one finding per row. A row whose blank 总计 was
 * derived from its components is not evaluated (it would hold by construction; T3-BLANK reports it); a row with a
 * blank that nothing derives is UNCERTAIN at most.
 */
public final class T3RowSum extends CatalogueRule {

    /** One row's check, the same for every report: built once per version. */
    private record RowCheck(CellRef total, TableEquation sum, Subject subject) {

        RowCheck(T3Row row) {
            this(CellRef.t3(row, T3Column.TOT), TableEquation.rowSum(row),
                    new Subject("表三“" + row.label() + "”行：各类申请人之和＝总计",
                            "Table 3 row " + row.id() + ": the six applicant columns add up to 总计"));
        }
    }

    private final Map<FormatVersion, List<RowCheck>> checks = new EnumMap<>(FormatVersion.class);

    public T3RowSum() {
        super("T3-ROWSUM", Severity.ERROR, "∀r: T3[r][NAT] + T3[r][COM] + T3[r][SCI] + T3[r][NGO] + T3[r][LAW] + T3[r][OTH] = T3[r][TOT]",
                ALL_VERSIONS);
        for (FormatVersion version : FormatVersion.values()) {
            checks.put(version, T3Row.rowsOf(version).stream().map(RowCheck::new).toList());
        }
    }

    @Override
    public List<CellRef> reads(FormatVersion version) {
        List<CellRef> refs = new ArrayList<>();
        for (T3Row row : T3Row.rowsOf(version)) for (T3Column c : T3Column.values()) refs.add(CellRef.t3(row, c));
        return refs;
    }

    @Override
    public List<Evaluation> evaluate(RuleInput input) {
        List<Evaluation> findings = new ArrayList<>();
        for (RowCheck check : checks.get(input.version())) {
            if (Readings.cell(input, check.total()).state() == Reading.State.BLANK_DERIVED) continue;
            findings.add(Checks.rowSumUnlessReadByIt(input, check.sum(), check.subject(), null));
        }
        return findings;
    }
}
