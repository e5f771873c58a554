package nianbao.checker.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import nianbao.checker.CheckerEngine;
import nianbao.checker.CheckerEngine.CheckedReport;
import nianbao.checker.CheckerEngine.Document;
import nianbao.checker.CheckerEngine.Options;
import nianbao.parse.ReportParser;
import nianbao.report.Cell;
import nianbao.validate.config.RuleSetConfig;
import nianbao.validate.engine.Outcome;
import nianbao.validate.engine.Severity;
import nianbao.validate.engine.Validator;

/**
 * A corpus report's text, or a text made from it, checked as CorpusAccuracy checks the report: as a TEXT file of its
 * name, with its stated year, the agency inferred.
 */
final class CorpusChecks {

    private static final CheckerEngine ENGINE = new CheckerEngine(new ReportParser(), new Validator(RuleSetConfig.defaults()));

    private CorpusChecks() {
    }

    static String text(CorpusReport report) {
        try {
            return Files.readString(report.report(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CheckedReport check(CorpusReport report, String text) {
        return ENGINE.check(List.of(new Document(report.report().toString(), text.getBytes(StandardCharsets.UTF_8))),
                new Options(null, report.year(), null, null)).get(0);
    }

    /** The ERROR-level FAILs, each as its rule and its operands' names and values (not where a layout puts them). */
    static List<String> errors(CheckedReport checked) {
        return checked.validation().findings().stream()
                .filter(f -> f.outcome() == Outcome.FAIL && f.severity() == Severity.ERROR)
                .map(f -> f.ruleId() + " " + f.operands().stream().map(o -> o.id() + "=" + o.value()).toList()).toList();
    }

    /** The cells a checked text yielded (none when it was no report the parser could read). */
    static List<Cell> cells(CheckedReport checked) {
        return checked.report() == null ? List.of() : checked.report().cells();
    }
}
