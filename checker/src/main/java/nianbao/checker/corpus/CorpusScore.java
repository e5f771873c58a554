package nianbao.checker.corpus;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nianbao.checker.CheckerEngine.CheckedReport;
import nianbao.report.Cell;
import nianbao.report.CellSemantic;
import nianbao.report.tables.CellRef;
import nianbao.validate.engine.Finding;
import nianbao.validate.engine.Outcome;
import nianbao.validate.engine.Severity;

/**
 * How the checker did on one corpus report (issue 9's measures): the hand-read cells it read exactly, the ERROR
 * violations it reported that the report does not contain, and the hand-verified violations it found (a FAIL, or
 * UNCERTAIN with its reason) or missed.
 */
public record CorpusScore(String id, int cellsExpected, List<String> cellMismatches, List<String> falseErrors,
                          List<String> violationsFound, List<String> violationsMissed) {

    public int cellsExact() {
        return cellsExpected - cellMismatches.size();
    }

    public static CorpusScore of(CorpusReport expected, CheckedReport checked) {
        List<String> mismatches = new ArrayList<>();
        for (Map.Entry<CellRef, String> e : expected.cells().entrySet()) {
            Cell cell = checked.report() == null ? Cell.missing(e.getKey()) : checked.report().cell(e.getKey());
            if (!matches(e.getValue(), cell)) {
                mismatches.add(e.getKey() + " expected " + e.getValue() + ", read " + describe(cell));
            }
        }
        List<String> falseErrors = new ArrayList<>();
        List<String> found = new ArrayList<>();
        for (Finding f : checked.validation().findings()) {
            if (f.outcome() == Outcome.FAIL && f.severity() == Severity.ERROR && !expected.violations().contains(f.ruleId())) {
                falseErrors.add(f.ruleId() + ": " + f.messageZh());
            }
            boolean flagged = f.outcome() == Outcome.FAIL || f.outcome() == Outcome.UNCERTAIN;
            if (flagged && expected.violations().contains(f.ruleId()) && !found.contains(f.ruleId())) found.add(f.ruleId());
        }
        List<String> missed = expected.violations().stream().filter(v -> !found.contains(v)).toList();
        return new CorpusScore(expected.id(), expected.cells().size(), mismatches, falseErrors, found, missed);
    }

    private static boolean matches(String expected, Cell cell) {
        if (expected.equals(CorpusReport.BLANK)) return cell.semantic() == CellSemantic.BLANK;
        return cell.isNumber() && cell.value().compareTo(new BigDecimal(expected)) == 0;
    }

    private static String describe(Cell cell) {
        return cell.isNumber() ? cell.value().toPlainString() : cell.semantic().name();
    }
}
