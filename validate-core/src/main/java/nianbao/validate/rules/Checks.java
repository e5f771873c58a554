package nianbao.validate.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import nianbao.validate.engine.Attribution;
import nianbao.report.tables.CellRef;
import nianbao.report.tables.TableEquation;
import nianbao.validate.engine.Decimals;
import nianbao.validate.engine.Evaluation;
import nianbao.validate.engine.RuleInput;
import nianbao.validate.engine.Operand;
import nianbao.validate.engine.Outcome;
import nianbao.validate.engine.Severity;

/**
 * The shared shape of every check: decide the outcome a check may claim on its readings (design §4.2) and word
 * the finding in Chinese and English. Rules supply only what they compare and how to describe it.
 */
public final class Checks {

    private Checks() {
    }

    /** One side's term of an equation: a reading, added or subtracted. */
    public record Term(Reading reading, boolean subtracted) {

        public static Term plus(Reading reading) {
            return new Term(reading, false);
        }

        public static Term minus(Reading reading) {
            return new Term(reading, true);
        }
    }

    /** What a check is about, in both languages, e.g. "表三“自然人”列：新收＋结转＝总计＋结转下年度". */
    public record Subject(String zh, String en) {
    }

    public static List<Term> plus(List<Reading> readings) {
        List<Term> terms = new ArrayList<>(readings.size());
        for (Reading r : readings) terms.add(Term.plus(r));
        return terms;
    }

    /**
     * The outcome a check may claim: NOT_ASSESSABLE if an operand is missing, UNCERTAIN if one was inferred, is blank
     * or was derived from a blank (whether or not the check holds), else PASS or FAIL.
     */
    public static Outcome outcome(List<Reading> readings, boolean holds) {
        boolean doubtful = false;
        for (Reading r : readings) {
            if (r.isMissing()) return Outcome.NOT_ASSESSABLE;
            doubtful |= r.state() != Reading.State.CERTAIN;
        }
        return doubtful ? Outcome.UNCERTAIN : holds ? Outcome.PASS : Outcome.FAIL;
    }

    /** PARSER when our reading is in doubt (missing or inferred operands), REPORT otherwise (incl. blank totals). */
    public static Attribution attribution(List<Reading> readings) {
        for (Reading r : readings) {
            if (r.state() == Reading.State.MISSING || r.state() == Reading.State.INFERRED) return Attribution.PARSER;
        }
        return Attribution.REPORT;
    }

    /** {@code Σ lhs = Σ rhs}; expected = the left side's value, actual = the right side's. */
    public static Evaluation equation(Subject subject, List<Term> lhs, List<Term> rhs, Severity severity) {
        List<Reading> all = readings(lhs, rhs);
        String formula = render(lhs, false) + " = " + render(rhs, false);
        if (anyMissing(all)) return judge(subject, all, false, severity, formula, null, null, null, null);
        BigDecimal left = sum(lhs);
        BigDecimal right = sum(rhs);
        String expected = text(left);
        String actual = text(right);
        if (left.compareTo(right) == 0) return judge(subject, all, true, severity, formula, expected, actual, null, null);
        // only a check that does not hold words its problem (most hold: the values are rendered for a few)
        String lhsValues = render(lhs, true) + " = " + expected;
        String rhsValues = render(rhs, true) + " = " + actual;
        String difference = text(left.subtract(right).abs());
        return judge(subject, all, false, severity, formula, expected, actual,
                lhsValues + "，而 " + rhsValues + "，相差 " + difference,
                lhsValues + " but " + rhsValues + ", a difference of " + difference);
    }

    private static List<Reading> readings(List<Term> lhs, List<Term> rhs) {
        List<Reading> all = new ArrayList<>(lhs.size() + rhs.size());
        for (Term t : lhs) all.add(t.reading());
        for (Term t : rhs) all.add(t.reading());
        return all;
    }

    private static boolean anyMissing(List<Reading> readings) {
        for (Reading r : readings) if (r.isMissing()) return true;
        return false;
    }

    /**
     * A finding on {@code readings}: the outcome they allow, messages built from the subject and, when the check
     * does not hold, the problem in both languages.
     */
    public static Evaluation judge(Subject subject, List<Reading> readings, boolean holds, Severity severity,
                                   String formula, String expected, String actual, String problemZh, String problemEn) {
        Outcome outcome = outcome(readings, holds);
        List<Operand> operands = operands(readings);
        String zh;
        String en;
        switch (outcome) {
            case PASS -> {
                zh = subject.zh() + "：符合。";
                en = subject.en() + ": holds.";
            }
            case FAIL -> {
                // a problem that already says what to verify needs no second request
                zh = subject.zh() + "：不符合，" + problemZh + (problemZh.contains("请") ? "。" : "。请核对报告原文数据并予以更正。");
                en = subject.en() + ": violated, " + problemEn + ". Check the report's figures and have them corrected.";
            }
            case UNCERTAIN -> {
                Doubts doubts = Doubts.of(readings);
                zh = subject.zh() + "：" + (holds ? "按读取值成立" : "按读取值不成立（" + problemZh + "）")
                        + "，但" + doubts.zh() + "，不能确定，请人工核对原文。";
                en = subject.en() + ": " + (holds ? "holds on the values read" : "does not hold on the values read ("
                        + problemEn + ")") + ", but " + doubts.en() + ", so this is not certain; check the"
                        + " original document.";
            }
            default -> {
                String missing = ids(readings, Reading::isMissing);
                zh = subject.zh() + "：无法检查，" + missing + " 未能读取，不作通过或违规判断。";
                en = subject.en() + ": not checkable, " + missing + " could not be read; neither passed nor failed.";
            }
        }
        return new Evaluation(outcome, severity, formula, operands, expected, actual, zh, en, attribution(readings), null);
    }

    private static List<Operand> operands(List<Reading> readings) {
        List<Operand> operands = new ArrayList<>(readings.size());
        for (Reading r : readings) operands.add(r.operand());
        return operands;
    }

    /** {@code equation} on the report's cells. */
    public static Evaluation equation(RuleInput input, TableEquation equation, Subject subject, Severity severity) {
        return equation(subject, plus(cells(input, equation.left())), plus(cells(input, equation.right())), severity);
    }

    private static List<Reading> cells(RuleInput input, List<CellRef> refs) {
        List<Reading> readings = new ArrayList<>(refs.size());
        for (CellRef ref : refs) readings.add(Readings.cell(input, ref));
        return readings;
    }

    /**
     * A row sum (a table-三 row's or a table-四 group's 总计 = Σ), unless the parser used that very sum to read its
     * cells (digits run together, split by 总计 = Σ: P-DECODED): then it is NOT_ASSESSABLE, never a PASS that checked
     * nothing.
     */
    public static Evaluation rowSumUnlessReadByIt(RuleInput input, TableEquation equation, Subject subject,
                                                  Severity severity) {
        if (!input.decodedCells().containsAll(equation.cells())) return equation(input, equation, subject, severity);
        List<Term> left = plus(cells(input, equation.left()));
        List<Term> right = plus(cells(input, equation.right()));
        return plain(Outcome.NOT_ASSESSABLE, severity, render(left, false) + " = " + render(right, false),
                operands(readings(left, right)), null, null,
                subject.zh() + "：无法独立核对，该处数字连写，正是按此等式拆分读取的。请人工核对原文。",
                subject.en() + ": not checkable on its own: the digits ran together and were split by this very equation;"
                        + " check the original document.");
    }

    /** A finding that needs no operand arithmetic (shape, presence, structure). */
    public static Evaluation plain(Outcome outcome, Severity severity, String formula, List<Operand> operands,
                                   String expected, String actual, String zh, String en) {
        Attribution attribution = outcome == Outcome.NOT_ASSESSABLE ? Attribution.PARSER : Attribution.REPORT;
        return new Evaluation(outcome, severity, formula, operands, expected, actual, zh, en, attribution, null);
    }

    public static BigDecimal sum(List<Term> terms) {
        BigDecimal total = BigDecimal.ZERO;
        for (Term t : terms) total = t.subtracted() ? total.subtract(t.reading().value()) : total.add(t.reading().value());
        return total;
    }

    public static String text(BigDecimal value) {
        return value == null ? null : Decimals.plain(value);
    }

    private static String render(List<Term> terms, boolean withValues) {
        StringBuilder s = new StringBuilder(terms.size() * (withValues ? RENDERED_TERM_WITH_VALUE : RENDERED_TERM));
        for (int i = 0; i < terms.size(); i++) {
            Term t = terms.get(i);
            if (i > 0 || t.subtracted()) s.append(t.subtracted() ? (i == 0 ? "−" : " − ") : " + ");
            s.append(t.reading().id());
            if (withValues) s.append('(').append(t.reading().text()).append(')');
        }
        return s.toString();
    }

    /** Room for one rendered term ({@code  + T3[R3.3.2][NAT]}, {@code (12)}): the builder rarely grows. */
    private static final int RENDERED_TERM = 20;
    private static final int RENDERED_TERM_WITH_VALUE = 26;

    /** Why the readings leave a check uncertain, in both languages: inferred values, derived blank totals, blank cells. */
    private record Doubts(String zh, String en) {

        static Doubts of(List<Reading> readings) {
            List<String> zh = new ArrayList<>();
            List<String> en = new ArrayList<>();
            String inferred = ids(readings, r -> r.state() == Reading.State.INFERRED);
            String derived = ids(readings, r -> r.state() == Reading.State.BLANK_DERIVED);
            String blank = ids(readings, r -> r.state() == Reading.State.BLANK);
            if (!inferred.isEmpty()) {
                zh.add(inferred + " 为推断值");
                en.add(inferred + " were inferred");
            }
            if (!derived.isEmpty()) {
                zh.add(derived + " 为空白总计，按其分项之和推算");
                en.add(derived + " are blank totals derived from their components");
            }
            if (!blank.isEmpty()) {
                zh.add(blank + " 为空白单元格（未填数字，仅按 0 试算）");
                en.add(blank + " are blank cells (cell blank; only tried as 0)");
            }
            return new Doubts(String.join("；", zh), String.join("; ", en));
        }
    }

    private static String ids(List<Reading> readings, java.util.function.Predicate<Reading> which) {
        List<String> ids = new ArrayList<>();
        for (Reading r : readings) if (which.test(r)) ids.add(r.id());
        return String.join("、", ids);
    }
}
