package nianbao.validate.rules.table3;

import java.util.List;
import java.util.stream.Collectors;
import nianbao.report.CellSemantic;
import nianbao.report.FormatVersion;
import nianbao.report.SectionId;
import nianbao.report.tables.CellRef;
import nianbao.report.tables.T3Column;
import nianbao.report.tables.T3Row;
import nianbao.validate.engine.Evaluation;
import nianbao.validate.engine.Operand;
import nianbao.validate.engine.Outcome;
import nianbao.validate.engine.RuleInput;
import nianbao.validate.engine.Severity;
import nianbao.validate.rules.CatalogueRule;
import nianbao.validate.rules.Checks;
import nianbao.validate.rules.TextExtent;

/**
 * Table 三 has all 25 (V2021) / 23 (V2019) rows. A row of which no cell was found is missing (kunwu: （六） merged
 * into （七）; qidong: truncated). A short row that was still read (longting: 6 values) is left to the parser's
 * P-MISALIGNED: domain-spec §9.6 expects no T3-SHAPE warning for it. WARNING throughout, as §9.6 expects for
 * qidong although rows used by T3-BALANCE are missing — those rules report themselves as not checkable. When the
 * submitted text itself stops in section 三 (an excerpt, a cut upload), the rows not found may lie beyond it: not
 * assessable.
 */
public final class T3Shape extends CatalogueRule {

    public T3Shape() {
        super("T3-SHAPE", Severity.WARNING, "25 (V2021) / 23 (V2019) rows present", ALL_VERSIONS);
    }

    @Override
    public List<CellRef> reads(FormatVersion version) {
        return T3Cells.of(version);
    }

    @Override
    public List<Evaluation> evaluate(RuleInput input) {
        List<T3Row> rows = T3Row.rowsOf(input.version());
        List<T3Row> missing = rows.stream().filter(row -> isMissing(input, row)).toList();
        String expected = String.valueOf(rows.size());
        String actual = String.valueOf(rows.size() - missing.size());
        List<Operand> operands = missing.stream().map(row -> Operand.of(input.cell(CellRef.t3(row, T3Column.TOT)))).toList();
        if (missing.isEmpty()) {
            return List.of(Checks.plain(Outcome.PASS, null, formula(), operands, expected, actual,
                    "表三各行齐全。", "Table 3 has all its rows."));
        }
        String listed = missing.stream().map(row -> row.id() + "“" + row.label() + "”").collect(Collectors.joining("、"));
        TextExtent extent = input.textExtent();
        if (extent.cutsOff(SectionId.APPLICATIONS)) {
            return List.of(Checks.plain(Outcome.NOT_ASSESSABLE, null, formula(), operands, expected, actual,
                    extent.cutZh(SectionId.APPLICATIONS) + "，表三未找到的 " + missing.size() + " 行（" + listed
                            + "）可能在截断之外，无法检查。请核对是否提交了完整报告。",
                    extent.cutEn(SectionId.APPLICATIONS) + "; the " + missing.size() + " rows of table 3 not found ("
                            + missing.stream().map(T3Row::id).collect(Collectors.joining(", "))
                            + ") may lie beyond it, so this cannot be checked. Check that the whole report was submitted."));
        }
        return List.of(Checks.plain(Outcome.FAIL, null, formula(), operands, expected, actual,
                "表三缺少 " + missing.size() + " 行：" + listed + "。请核对报告表格是否缺行、合并或被截断；涉及这些行的计算规则无法检查。",
                "Table 3 lacks " + missing.size() + " rows: " + missing.stream().map(T3Row::id).collect(Collectors.joining(", "))
                        + ". Check the table for missing, merged or truncated rows; rules on them cannot be checked."));
    }

    private static boolean isMissing(RuleInput input, T3Row row) {
        for (T3Column c : T3Column.values()) {
            if (input.cell(CellRef.t3(row, c)).semantic() != CellSemantic.MISSING) return false;
        }
        return true;
    }
}
