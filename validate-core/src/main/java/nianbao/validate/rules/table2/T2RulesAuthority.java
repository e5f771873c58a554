package nianbao.validate.rules.table2;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nianbao.report.AgencyLevel;
import nianbao.report.FormatVersion;
import nianbao.report.tables.CellRef;
import nianbao.report.tables.T2Cell;
import nianbao.validate.engine.Evaluation;
import nianbao.validate.engine.Operand;
import nianbao.validate.engine.Outcome;
import nianbao.validate.engine.RuleInput;
import nianbao.validate.engine.Severity;
import nianbao.validate.rules.CatalogueRule;
import nianbao.validate.rules.Checks;
import nianbao.validate.rules.Checks.Subject;
import nianbao.validate.rules.Reading;
import nianbao.validate.rules.Readings;

/**
 * Only 国务院部门 and 省/设区的市 people's governments may make 规章 (立法法): a 规章 count above 0 from a county,
 * township or local department is implausible.
 */
public final class T2RulesAuthority extends CatalogueRule {

    /** Bodies with the power to make 规章. */
    private static final Set<AgencyLevel> RULE_MAKERS = EnumSet.of(AgencyLevel.MINISTRY,
            AgencyLevel.PROVINCIAL_GOVERNMENT, AgencyLevel.CITY_GOVERNMENT);

    public T2RulesAuthority() {
        super("T2-RULES-AUTHORITY", Severity.WARNING, "level ∉ {国务院部门, 省级政府, 设区的市政府} ⇒ T2.REG.* = 0", ALL_VERSIONS);
    }

    @Override
    public List<CellRef> reads(FormatVersion version) {
        return T2Cell.cellsOf(version).stream().filter(c -> c.row().equals("REG")).map(T2Cell::ref).toList();
    }

    @Override
    public List<Evaluation> evaluate(RuleInput input) {
        AgencyLevel level = input.context().level();
        Subject subject = new Subject("表二“规章”行与制定主体（立法法：仅国务院部门和省、设区的市人民政府可制定规章）",
                "Table 2 规章 row vs the agency's authority (only ministries and provincial/city governments make 规章)");
        if (level == null || level == AgencyLevel.UNKNOWN) {
            return List.of(Checks.plain(Outcome.NOT_ASSESSABLE, null, formula(), List.of(Operand.item("LEVEL")), null, null,
                    subject.zh() + "：机关层级未知，无法检查。", subject.en() + ": the agency level is unknown, not checkable."));
        }
        if (RULE_MAKERS.contains(level)) return List.of();
        List<Reading> readings = reads(input.version()).stream().map(ref -> Readings.cell(input, ref)).toList();
        List<Reading> positive = readings.stream().filter(r -> r.value() != null && r.value().compareTo(BigDecimal.ZERO) > 0).toList();
        String listed = positive.stream().map(r -> r.id() + "=" + r.text()).collect(Collectors.joining("、"));
        // a count above 0 is the violation whatever the other cells hold (blank or missing)
        return List.of(Checks.judge(subject, positive.isEmpty() ? readings : positive, positive.isEmpty(), null, formula(),
                "0", positive.isEmpty() ? "0" : listed,
                "本机关（" + level + "）无规章制定权，但表二填报了规章 " + listed + "，可能误把规范性文件填入规章行",
                "this agency (" + level + ") cannot make 规章 but reports " + listed
                        + "; normative documents were probably entered in the 规章 row"));
    }
}
