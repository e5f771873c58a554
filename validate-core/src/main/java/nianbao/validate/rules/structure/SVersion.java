package nianbao.validate.rules.structure;

import java.util.List;
import nianbao.report.CellSemantic;
import nianbao.report.FormatVersion;
import nianbao.report.ParsedReport;
import nianbao.report.tables.TableId;
import nianbao.validate.engine.Evaluation;
import nianbao.validate.engine.Operand;
import nianbao.validate.engine.Outcome;
import nianbao.validate.engine.RuleInput;
import nianbao.validate.engine.Severity;
import nianbao.validate.rules.CatalogueRule;
import nianbao.validate.rules.Checks;

/**
 * The detected format version is the one required for the report year (V2019 for 2019–2020, V2021 from 2021). A FAIL
 * rests only on a version the tables show unmixed: when they carry labels of both formats (P-VERSION-MIXED), when no
 * version was detected, or when no table was read (the version then rests on a cited notice at most), UNCERTAIN.
 */
public final class SVersion extends CatalogueRule {

    public SVersion() {
        super("S-VERSION", Severity.ERROR, "detected version = FormatVersion.requiredFor(Y)", ALL_VERSIONS);
    }

    @Override
    public List<Evaluation> evaluate(RuleInput input) {
        int year = input.context().reportYear();
        FormatVersion required = FormatVersion.requiredFor(year);
        ParsedReport report = input.report();
        FormatVersion detected = report.version();
        List<Operand> operands = List.of(Operand.item("VERSION:" + detected), Operand.item("YEAR:" + year));
        if (required == FormatVersion.UNKNOWN) {
            return List.of(Checks.plain(Outcome.NOT_ASSESSABLE, null, formula(), operands, null, detected.name(),
                    year + " 年度报告早于 2019 年格式，不在检查范围内。", "Report year " + year + " predates the 2019 formats; out of scope."));
        }
        if (detected == FormatVersion.UNKNOWN) {
            return List.of(uncertain(operands, required, null,
                    "未能识别报告采用的格式版本（应为 " + label(required) + "），无法确定是否符合，请人工核对。",
                    "The report's format version could not be detected (" + required + " is required); check by hand."));
        }
        boolean matches = detected == required;
        String verdictZh = matches ? "与 " + year + " 年度要求一致" : "而 " + year + " 年度应采用 " + label(required);
        String verdictEn = matches ? "as required for " + year : "but " + year + " requires " + required;
        if (report.hasDiagnostic("P-VERSION-MIXED")) {
            return List.of(uncertain(operands, required, detected,
                    "报告表格中同时出现 2019 年和 2021 年格式的标签，按多数判断为 " + label(detected) + "，" + verdictZh
                            + "；格式版本存疑，请人工核对表格。",
                    "The tables carry labels of both the 2019 and the 2021 format; by the majority the report uses "
                            + detected + ", " + verdictEn + ". The version is in doubt; check the tables by hand."));
        }
        if (!anyTableRead(report)) {
            return List.of(uncertain(operands, required, detected,
                    "未读取到表二、表三，格式版本（" + label(detected) + "）仅依据文中线索判断，" + verdictZh + "；请人工核对。",
                    "Tables 2 and 3 were not read, so the version (" + detected + ") rests on the text only, " + verdictEn
                            + "; check by hand."));
        }
        if (matches) {
            return List.of(Checks.plain(Outcome.PASS, null, formula(), operands, required.name(), detected.name(),
                    "报告采用 " + label(required) + "，与 " + year + " 年度要求一致。", "The report uses " + required + " as required for " + year + "."));
        }
        return List.of(Checks.plain(Outcome.FAIL, null, formula(), operands, required.name(), detected.name(),
                year + " 年度报告应采用 " + label(required) + "，但报告使用的是 " + label(detected) + "。请要求按规定格式重新编制。",
                "A " + year + " report must use " + required + " but this one uses " + detected + "; have it redone in the required format."));
    }

    private Evaluation uncertain(List<Operand> operands, FormatVersion required, FormatVersion detected, String zh, String en) {
        return Checks.plain(Outcome.UNCERTAIN, null, formula(), operands, required.name(),
                detected == null ? null : detected.name(), zh, en);
    }

    /** Some cell of table 二 or 三 was read: the version was seen in the tables, not only in the text. */
    private static boolean anyTableRead(ParsedReport report) {
        return report.cells().stream().anyMatch(c -> (c.ref().table() == TableId.T2 || c.ref().table() == TableId.T3)
                && c.semantic() != CellSemantic.MISSING);
    }

    private static String label(FormatVersion v) {
        return v == FormatVersion.V2019 ? "2019 年试行格式（国办公开办函〔2019〕60号）" : "2021 年格式（国办公开办函〔2021〕30号）";
    }
}
