package nianbao.validate.rules.structure;

import java.util.List;
import nianbao.report.FormatVersion;
import nianbao.validate.engine.Evaluation;
import nianbao.validate.engine.Operand;
import nianbao.validate.engine.Outcome;
import nianbao.validate.engine.RuleInput;
import nianbao.validate.engine.Severity;
import nianbao.validate.rules.CatalogueRule;
import nianbao.validate.rules.Checks;

/** The detected format version is the one required for the report year (V2019 for 2019–2020, V2021 from 2021). */
public final class SVersion extends CatalogueRule {

    public SVersion() {
        super("S-VERSION", Severity.ERROR, "detected version = FormatVersion.requiredFor(Y)", ALL_VERSIONS);
    }

    @Override
    public List<Evaluation> evaluate(RuleInput input) {
        int year = input.context().reportYear();
        FormatVersion required = FormatVersion.requiredFor(year);
        FormatVersion detected = input.report().version();
        List<Operand> operands = List.of(Operand.item("VERSION:" + detected), Operand.item("YEAR:" + year));
        if (required == FormatVersion.UNKNOWN) {
            return List.of(Checks.plain(Outcome.NOT_ASSESSABLE, null, formula(), operands, null, detected.name(),
                    year + " 年度报告早于 2019 年格式，不在检查范围内。", "Report year " + year + " predates the 2019 formats; out of scope."));
        }
        if (detected == FormatVersion.UNKNOWN) {
            return List.of(Checks.plain(Outcome.NOT_ASSESSABLE, null, formula(), operands, required.name(), null,
                    "未能识别报告采用的格式版本（应为 " + label(required) + "），无法检查。",
                    "The report's format version could not be detected (" + required + " is required); not checkable."));
        }
        if (detected == required) {
            return List.of(Checks.plain(Outcome.PASS, null, formula(), operands, required.name(), detected.name(),
                    "报告采用 " + label(required) + "，与 " + year + " 年度要求一致。", "The report uses " + required + " as required for " + year + "."));
        }
        return List.of(Checks.plain(Outcome.FAIL, null, formula(), operands, required.name(), detected.name(),
                year + " 年度报告应采用 " + label(required) + "，但报告使用的是 " + label(detected) + "。请要求按规定格式重新编制。",
                "A " + year + " report must use " + required + " but this one uses " + detected + "; have it redone in the required format."));
    }

    private static String label(FormatVersion v) {
        return v == FormatVersion.V2019 ? "2019 年试行格式（国办公开办函〔2019〕60号）" : "2021 年格式（国办公开办函〔2021〕30号）";
    }
}
