package nianbao.notify.dashboard;

import java.util.List;
import java.util.stream.Collectors;

import nianbao.notify.alerts.Finding;
import nianbao.notify.alerts.Operand;
import nianbao.report.OperandNames;

/** A finding as people read it: rows and columns in words instead of cell ids (the ids go to a detail line). */
public final class FindingWords {

    /** One operand: the cell in words (empty for a section, label or date: the quote shows those) and its value. */
    public record OperandWords(String name, String value, int line) {
    }

    private FindingWords() {
    }

    public static String messageZh(Finding finding) {
        return OperandNames.inText(finding.messageZh());
    }

    public static String messageEn(Finding finding) {
        return OperandNames.inText(finding.messageEn());
    }

    public static List<OperandWords> operands(Finding finding) {
        return finding.operands().stream().map(o -> new OperandWords(OperandNames.of(o.cellId()).orElse(""),
                value(o), o.line())).toList();
    }

    /** "表四“行政复议·总计” = 2；正文所述数字 = 0" for one-line lists (exports, tooltips). */
    public static String operandsLine(Finding finding) {
        return operands(finding).stream()
                .map(o -> o.name().isEmpty() ? o.value() : o.name() + " = " + o.value())
                .collect(Collectors.joining("；"));
    }

    /** The ids a maintainer needs and a reader does not: rule, cells and fingerprint. */
    public static String detail(Finding finding) {
        String cells = finding.operands().stream().map(Operand::cellId).distinct().collect(Collectors.joining(" "));
        return "规则 " + finding.ruleId() + (cells.isEmpty() ? "" : " · 单元格 " + cells) + " · 指纹 " + finding.fingerprint();
    }

    private static String value(Operand operand) {
        if (operand.value() != null) {
            return operand.value();
        }
        return operand.raw() == null || operand.raw().isBlank() ? "（空）" : operand.raw();
    }
}
