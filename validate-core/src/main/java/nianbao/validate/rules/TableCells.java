package nianbao.validate.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;
import nianbao.report.Cell;
import nianbao.report.CellSemantic;
import nianbao.report.MisreadDigits;
import nianbao.report.SectionId;
import nianbao.report.tables.CellRef;
import nianbao.validate.engine.Evaluation;
import nianbao.validate.engine.Operand;
import nianbao.validate.engine.Outcome;
import nianbao.validate.engine.RuleInput;
import nianbao.validate.engine.Severity;
import nianbao.validate.rules.Checks.Subject;

/** Checks over whole sets of table cells, shared by the T3, T4 and T2 shape/value/blank rules. */
public final class TableCells {

    private TableCells() {
    }

    /**
     * Every cell of {@code refs} was found (none MISSING). One finding; the missing cells are its operands.
     */
    public static Evaluation allPresent(Subject subject, RuleInput input, List<CellRef> refs, String expected) {
        List<Cell> missing = refs.stream().map(input::cell).filter(c -> c.semantic() == CellSemantic.MISSING).toList();
        String formula = "all " + refs.size() + " cells present";
        if (missing.isEmpty()) {
            return Checks.plain(Outcome.PASS, null, formula, List.of(), expected, expected,
                    subject.zh() + "：完整。", subject.en() + ": complete.");
        }
        String ids = missing.stream().map(c -> c.ref().id()).collect(Collectors.joining("、"));
        String actual = (refs.size() - missing.size()) + "/" + refs.size();
        SectionId section = refs.get(0).table().section();
        TextExtent extent = input.textExtent();
        if (extent.cutsOff(section)) {
            return Checks.plain(Outcome.NOT_ASSESSABLE, null, formula, missing.stream().map(Operand::of).toList(),
                    expected, actual, subject.zh() + "：" + extent.cutZh(section) + "，未找到的 " + missing.size()
                            + " 个单元格（" + ids + "）可能在截断之外，无法检查。请核对是否提交了完整报告。",
                    subject.en() + ": " + extent.cutEn(section) + "; the " + missing.size() + " cells not found (" + ids
                            + ") may lie beyond it, so this cannot be checked. Check that the whole report was submitted.");
        }
        return Checks.plain(Outcome.FAIL, null, formula, missing.stream().map(Operand::of).toList(), expected, actual,
                subject.zh() + "：不完整，未找到 " + missing.size() + " 个单元格（" + ids + "）。请核对报告表格是否缺行、缺列或被截断，"
                        + "缺失单元格涉及的计算规则无法检查。",
                subject.en() + ": incomplete, " + missing.size() + " cells not found (" + ids + "). Check the table for"
                        + " missing rows or columns or truncation; rules on those cells cannot be checked.");
    }

    /** A text cell that is likely a digit misread by OCR: not known to be wrong. */
    private static boolean isMisreadDigit(Cell cell) {
        return cell.semantic() == CellSemantic.TEXT && MisreadDigits.in(cell.raw());
    }

    /**
     * Every read cell holds an acceptable number. {@code ok} tests a cell's value; TEXT cells always fail. FAIL when a
     * certain cell is bad, UNCERTAIN when only inferred cells are, NOT_ASSESSABLE when nothing was read.
     */
    public static Evaluation valuesValid(Subject subject, RuleInput input, List<CellRef> refs,
                                         BiPredicate<CellRef, BigDecimal> ok, String expected, String formula) {
        List<Cell> cells = refs.stream().map(input::cell).toList();
        List<Cell> bad = cells.stream()
                .filter(c -> c.semantic() == CellSemantic.TEXT || (c.isNumber() && !ok.test(c.ref(), c.value())))
                .toList();
        boolean anyRead = cells.stream().anyMatch(c -> c.isNumber() || c.semantic() == CellSemantic.TEXT
                || c.semantic() == CellSemantic.BLANK);
        if (!anyRead) {
            return Checks.plain(Outcome.NOT_ASSESSABLE, null, formula, List.of(), expected, null,
                    subject.zh() + "：无法检查，未读取到任何单元格。", subject.en() + ": not checkable, no cell was read.");
        }
        if (bad.isEmpty()) {
            return Checks.plain(Outcome.PASS, null, formula, List.of(), expected, expected,
                    subject.zh() + "：符合。", subject.en() + ": holds.");
        }
        boolean wrong = bad.stream().anyMatch(c -> c.isCertain() && !isMisreadDigit(c));
        String listed = bad.stream().map(c -> c.ref().id() + "=“" + c.raw() + "”").collect(Collectors.joining("、"));
        if (!wrong && bad.stream().anyMatch(TableCells::isMisreadDigit)) {
            return Checks.plain(Outcome.UNCERTAIN, null, formula, bad.stream().map(Operand::of).toList(), expected, listed,
                    subject.zh() + "：" + listed + " 不是" + expected + "，可能是文字识别把数字认错（如字母 O 与数字 0），请人工核对原文。",
                    subject.en() + ": " + listed + " is not " + expected + ", possibly a digit misread by text recognition"
                            + " (the letter O for 0); check the original.");
        }
        return Checks.plain(wrong ? Outcome.FAIL : Outcome.UNCERTAIN, null, formula, bad.stream().map(Operand::of).toList(),
                expected, listed, subject.zh() + "：" + listed + " 不是" + expected + "。请核对并更正。",
                subject.en() + ": " + listed + " is not " + expected + ". Check and correct it.");
    }

    /**
     * Blank cells. A blank 总计 whose components are present and add up to more than 0 is a total not filled in: one
     * WARNING per total (it is derived for the arithmetic, whose checks are then UNCERTAIN, and its row sum is not
     * checked). Every other blank is listed in one INFO finding: it is not read as 0, so the checks that read it are
     * UNCERTAIN (cell blank). One PASS when there is no blank.
     */
    public static List<Evaluation> blanks(String table, RuleInput input, List<CellRef> refs, String formula) {
        List<Evaluation> findings = new ArrayList<>();
        List<Cell> otherBlanks = new ArrayList<>();
        for (CellRef ref : refs) {
            Cell cell = input.cell(ref);
            if (cell.semantic() != CellSemantic.BLANK) continue;
            Reading reading = Readings.cell(input, ref);
            if (reading.state() != Reading.State.BLANK_DERIVED || reading.value().signum() == 0) {
                otherBlanks.add(cell);
                continue;
            }
            List<Operand> operands = new ArrayList<>();
            operands.add(Operand.of(cell));
            Readings.componentsOfTotal(ref).forEach(part -> operands.add(Operand.of(input.cell(part))));
            findings.add(Checks.plain(Outcome.FAIL, Severity.WARNING, formula, operands, reading.text(), "blank",
                    table + "总计单元格 " + ref.id() + " 未填写，而其各分项之和为 " + reading.text()
                            + "。涉及该总计的计算按分项之和推算，结果只能存疑，该行的行合计检查不再进行；请要求填报单位补填总计。",
                    table + " total " + ref.id() + " is blank while its components add up to " + reading.text()
                            + ". Checks on it use that sum and are uncertain at most, and its row sum is not checked;"
                            + " have the total filled in."));
        }
        if (!otherBlanks.isEmpty()) {
            String ids = otherBlanks.stream().map(c -> c.ref().id()).collect(Collectors.joining("、"));
            findings.add(Checks.plain(Outcome.FAIL, Severity.INFO, formula, otherBlanks.stream().map(Operand::of).toList(),
                    "0", "blank", table + "以下单元格为空白（未填数字）：" + ids + "。空白不按 0 计算，涉及这些单元格的检查结果为存疑；"
                            + "表格要求每格填写数字（无则填 0）。",
                    table + " cells left blank: " + ids + ". A blank is not read as 0, so the checks on these cells are"
                            + " uncertain; the form asks for a number in every cell (0 for none)."));
        }
        if (findings.isEmpty()) {
            // the pseudo-operand keeps this PASS's fingerprint apart from the rule's other operand-less findings
            findings.add(Checks.plain(Outcome.PASS, Severity.INFO, formula, List.of(Operand.item(table + ":NO-BLANK")),
                    "no blank", "no blank",
                    table + "无空白单元格。", table + " has no blank cell."));
        }
        return findings;
    }

    public static boolean isNonNegativeInteger(BigDecimal v) {
        return v.signum() >= 0 && v.stripTrailingZeros().scale() <= 0;
    }
}
