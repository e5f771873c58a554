package nianbao.validate.rules.diagnostics;

import java.util.ArrayList;
import java.util.List;
import nianbao.report.Diagnostic;
import nianbao.report.tables.CellRef;
import nianbao.validate.engine.Attribution;
import nianbao.validate.engine.Evaluation;
import nianbao.validate.engine.Operand;
import nianbao.validate.engine.Outcome;
import nianbao.validate.engine.RuleInput;
import nianbao.validate.engine.Severity;
import nianbao.validate.rules.CatalogueRule;

/**
 * Passes one kind of parse diagnostic (domain-spec §6.7) through as findings: not a violation of the report but
 * a doubt about our reading, so UNCERTAIN, INFO and attributed to the parser. One finding per diagnostic, its
 * cells as operands.
 */
public final class ParseDiagnostic extends CatalogueRule {

    /** The diagnostics of domain-spec §6.7, with what each means for a supervisor. */
    public static List<ParseDiagnostic> all() {
        return List.of(
                new ParseDiagnostic("P-TRUNCATED", "表格在文中提前结束（被截断），缺失部分的规则无法检查", "a table ends early; rules on the missing part are not checkable"),
                new ParseDiagnostic("P-AMBIGUOUS", "数字连写且有多种拆分方式，所选拆分存疑，相关检查结果降为不确定", "run-together digits allow several splits; checks on them are uncertain"),
                new ParseDiagnostic("P-DECODED", "数字连写，按各行“总计＝各项之和”拆分，该行的总计核对因此无法独立进行", "run-together digits were split by each row's total = sum, so those totals cannot be checked independently"),
                new ParseDiagnostic("P-VERSION-MIXED", "同时出现2019年和2021年格式的标志，格式版本存疑", "markers of both the 2019 and the 2021 format are present"),
                new ParseDiagnostic("P-MISALIGNED", "部分行的数值个数与列数不符，列的对应关系为推断", "some rows have fewer values than columns; their columns were inferred"));
    }

    private final String meaningZh;
    private final String meaningEn;

    private ParseDiagnostic(String code, String meaningZh, String meaningEn) {
        super(code, Severity.INFO, meaningEn, ALL_VERSIONS);
        this.meaningZh = meaningZh;
        this.meaningEn = meaningEn;
    }

    @Override
    public List<Evaluation> evaluate(RuleInput input) {
        List<Evaluation> findings = new ArrayList<>();
        for (Diagnostic d : input.report().diagnostics()) {
            if (!d.code().equals(id())) continue;
            List<Operand> operands = new ArrayList<>();
            for (CellRef ref : d.cells()) operands.add(Operand.of(input.cell(ref)));
            // without cells, the place tells two diagnostics of one kind apart (for their fingerprints)
            if (operands.isEmpty()) operands.add(new Operand("AT:" + d.span(), null, null, d.span()));
            String detail = d.message() == null || d.message().isBlank() ? "" : "（" + d.message() + "）";
            findings.add(new Evaluation(Outcome.UNCERTAIN, null, null, operands, null, null,
                    "解析提示：" + meaningZh + detail + "。此为解析问题，并非报告违规。",
                    "Parse diagnostic: " + meaningEn + (detail.isEmpty() ? "" : " (" + d.message() + ")")
                            + ". This concerns our reading, not a defect of the report.",
                    Attribution.PARSER, input.lineAt(d.span())));
        }
        return findings;
    }
}
