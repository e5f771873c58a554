package nianbao.validate.rules;

import java.util.List;
import nianbao.report.ParsedReport;
import nianbao.validate.config.RuleSetConfig;
import nianbao.validate.engine.Finding;
import nianbao.validate.engine.ReportContext;
import nianbao.validate.engine.Rule;
import nianbao.validate.engine.Validator;

/** Runs one rule through the real runner, so tests see finished findings (severity, quote, fingerprint). */
public final class RuleRun {

    private RuleRun() {
    }

    public static List<Finding> run(Rule rule, ReportContext ctx, ParsedReport report, ParsedReport priorYear) {
        return new Validator(RuleSetConfig.defaults(), List.of(rule)).validate(ctx, report, priorYear).findings();
    }

    public static List<Finding> run(Rule rule, ParsedReport report) {
        return run(rule, ReportBuilder.context(2022), report, null);
    }

    public static Finding only(Rule rule, ParsedReport report) {
        List<Finding> findings = run(rule, report);
        if (findings.size() != 1) throw new AssertionError("expected one finding, got " + findings);
        return findings.get(0);
    }

    public static List<String> ids(Finding f) {
        return f.operands().stream().map(o -> o.id()).toList();
    }
}
