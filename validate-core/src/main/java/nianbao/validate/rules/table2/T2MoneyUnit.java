package nianbao.validate.rules.table2;

import java.util.List;
import java.util.regex.Pattern;
import nianbao.report.Cell;
import nianbao.report.FormatVersion;
import nianbao.report.ParsedReport;
import nianbao.report.tables.CellRef;
import nianbao.report.tables.T2Cell;
import nianbao.validate.engine.Evaluation;
import nianbao.validate.engine.Operand;
import nianbao.validate.engine.Outcome;
import nianbao.validate.engine.RuleInput;
import nianbao.validate.engine.Severity;
import nianbao.validate.rules.CatalogueRule;
import nianbao.validate.rules.Checks;

/**
 * The money cell (V2021 本年收费金额, V2019 采购总金额) is in 万元: INFO when the template's header asks for 4
 * decimals (保留4位小数) and the value has another number of decimals, or when the value was written in 元
 * (the parser converted it).
 */
public final class T2MoneyUnit extends CatalogueRule {

    private static final String FOUR_DECIMALS = "保留4位小数";
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    public T2MoneyUnit() {
        super("T2-MONEY-UNIT", Severity.INFO, "money in 万元; 4 decimals where the header says 保留4位小数", ALL_VERSIONS);
    }

    @Override
    public List<CellRef> reads(FormatVersion version) {
        return List.of(moneyCell(version).ref());
    }

    @Override
    public List<Evaluation> evaluate(RuleInput input) {
        T2Cell money = moneyCell(input.version());
        Cell cell = input.cell(money.ref());
        List<Operand> operands = List.of(Operand.of(cell));
        String label = money.rowLabel() + "·" + money.columnLabel();
        if (!cell.isNumber()) {
            return List.of(Checks.plain(Outcome.NOT_ASSESSABLE, null, formula(), operands, null, null,
                    "表二" + label + "：未读取到数值，无法检查金额单位。", "Table 2 " + money.ref().id()
                            + ": no value read, the unit cannot be checked."));
        }
        String raw = cell.raw().strip();
        if (raw.endsWith("元") && !raw.endsWith("万元")) {
            return List.of(Checks.plain(Outcome.FAIL, null, formula(), operands, "万元", "元",
                    "表二" + label + " 以“元”填写（" + raw + "），已按 1万元＝10000元 换算为 " + Checks.text(cell.value())
                            + " 万元；格式要求以万元为单位。",
                    "Table 2 " + money.ref().id() + " is written in 元 (" + raw + "), converted to "
                            + Checks.text(cell.value()) + " 万元; the format asks for 万元."));
        }
        if (headerAsksFourDecimals(input.report(), input.lines(), money)) {
            int decimals = raw.contains(".") ? raw.length() - raw.indexOf('.') - 1 : 0;
            if (decimals != 4) {
                return List.of(Checks.plain(Outcome.FAIL, null, formula(), operands, "4", String.valueOf(decimals),
                        "表二" + label + " 表头要求“保留4位小数”，但填写为“" + raw + "”（" + decimals + " 位小数）。",
                        "Table 2 " + money.ref().id() + ": the header asks for 4 decimals (保留4位小数) but the value is \""
                                + raw + "\" (" + decimals + " decimals)."));
            }
        }
        return List.of(Checks.plain(Outcome.PASS, null, formula(), operands, "万元", "万元",
                "表二" + label + "：金额单位与格式符合。", "Table 2 " + money.ref().id() + ": unit and format as required."));
    }

    private static T2Cell moneyCell(FormatVersion version) {
        return version == FormatVersion.V2019 ? T2Cell.V19_PROCUREMENT_AMOUNT : T2Cell.FEE_AMOUNT;
    }

    /** The header of the money column says 保留4位小数, seen as a label variant or on the header line itself. */
    private static boolean headerAsksFourDecimals(ParsedReport report, List<String> lines, T2Cell money) {
        if (report.labelVariants().stream().anyMatch(v -> v.asWritten() != null && compact(v.asWritten()).contains(FOUR_DECIMALS)
                && (v.where().contains(money.row()) || compact(v.asWritten()).contains(keyword(money))))) {
            return true;
        }
        // 位 survives the removal of whitespace: lines without it are not compacted (this runs on every report)
        for (String line : lines) {
            if (line.indexOf('位') < 0) continue;
            String compacted = compact(line);
            if (compacted.contains(keyword(money)) && compacted.contains(FOUR_DECIMALS)) return true;
        }
        return false;
    }

    private static String keyword(T2Cell money) {
        return money == T2Cell.FEE_AMOUNT ? "收费金额" : "采购总金额";
    }

    private static String compact(String s) {
        return WHITESPACE.matcher(s).replaceAll("");
    }
}
