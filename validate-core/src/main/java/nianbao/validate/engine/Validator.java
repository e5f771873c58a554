package nianbao.validate.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nianbao.report.Cell;
import nianbao.report.ParsedReport;
import nianbao.report.SourceSpan;
import nianbao.report.tables.CellRef;
import nianbao.validate.config.RuleOverride;
import nianbao.validate.config.RuleSetConfig;
import nianbao.validate.rules.RuleCatalogue;

/** Runs the rule catalogue on one parsed report under one configuration. Pure and thread-safe. */
public final class Validator {

    /** The rules whose NOT_ASSESSABLE makes the verdict INCOMPLETE: the core arithmetic of tables 三 and 四. */
    public static final Set<String> CORE_ARITHMETIC = Set.of("T3-BALANCE", "T3-ROWSUM", "T3-OUTCOME-TOTAL",
            "T4-REVIEW-TOTAL", "T4-DIRECT-TOTAL", "T4-POSTREVIEW-TOTAL");

    /** The headline cells every validation reports. */
    public static final List<String> KEY_FIGURES = List.of("T3[R1][TOT]", "T3[R2][TOT]", "T3[R3.7][TOT]",
            "T3[R4][TOT]", "T4[RV.TOTAL]", "T4[LD.TOTAL]", "T4[LR.TOTAL]");

    public static final String UNREADABLE = "P-UNREADABLE";
    public static final String NOT_A_REPORT = "P-NOT-A-REPORT";

    private final RuleSetConfig config;
    private final List<Rule> rules;
    private final String ruleSetVersion;

    public Validator(RuleSetConfig config) {
        this(config, RuleCatalogue.all());
    }

    public Validator(RuleSetConfig config, List<Rule> rules) {
        this.config = config;
        this.rules = List.copyOf(rules);
        this.ruleSetVersion = config.ruleSetVersion();
    }

    public String ruleSetVersion() {
        return ruleSetVersion;
    }

    public List<Rule> rules() {
        return rules;
    }

    /** Validates {@code report}; {@code priorYear} is the same agency's report for year − 1, or null. */
    public Validation validate(ReportContext ctx, ParsedReport report, ParsedReport priorYear) {
        Map<String, RuleOverride> overrides = config.overridesFor(ctx.regionCode());
        RuleInput input = new RuleInput(ctx, report, priorYear, config.deadlineFor(ctx.level(), ctx.regionCode()));
        String[] lines = report.text() == null ? new String[0] : report.text().split("\n", -1);
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : rules) {
            RuleOverride override = overrides.get(rule.id());
            if (override != null && override.disabled()) continue;
            if (!rule.versions().contains(input.version())) continue;
            for (Evaluation e : rule.evaluate(input)) {
                findings.add(finding(ctx, rule.id(), rule.severity(), rule.formula(), override, e, lines));
            }
        }
        return new Validation(ruleSetVersion, verdict(findings), findings, keyFigures(report));
    }

    /**
     * The validation of a document that could not be read at all: verdict INCOMPLETE and one NOT_ASSESSABLE
     * P-UNREADABLE finding carrying the reason.
     */
    public Validation unreadable(ReportContext ctx, String reason) {
        return unchecked(ctx, UNREADABLE, Severity.ERROR, Attribution.PARSER, "document readable", "readable document", reason,
                "报告文件无法读取，所有规则均未能检查：" + reason + "。请核实文件格式或要求重新报送。",
                "The document could not be read, so no rule could be checked: " + reason + ".");
    }

    /**
     * The validation of a document that is no annual report (parse outcome NOT_A_REPORT): verdict INCOMPLETE and one
     * NOT_ASSESSABLE P-NOT-A-REPORT finding of severity INFO, which opens no alert: nobody is told about a greeting.
     */
    public Validation notAReport(ReportContext ctx, String reason) {
        return unchecked(ctx, NOT_A_REPORT, Severity.INFO, Attribution.REPORT, "document is an annual report",
                "section, table or title of an annual report", reason,
                reason + "。未作任何核查；请提交年度报告全文。",
                "The document is not an annual report, so no rule was checked.");
    }

    private Validation unchecked(ReportContext ctx, String ruleId, Severity severity, Attribution attribution, String formula,
                                 String expected, String reason, String messageZh, String messageEn) {
        Evaluation e = new Evaluation(Outcome.NOT_ASSESSABLE, severity, formula, List.of(), expected, reason, messageZh,
                messageEn, attribution, null);
        Finding f = finding(ctx, ruleId, severity, formula, null, e, new String[0]);
        Map<String, String> figures = new LinkedHashMap<>();
        KEY_FIGURES.forEach(id -> figures.put(id, null));
        return new Validation(ruleSetVersion, Verdict.INCOMPLETE, List.of(f), figures);
    }

    static Verdict verdict(List<Finding> findings) {
        boolean fail = findings.stream().anyMatch(f -> f.outcome() == Outcome.FAIL && f.severity() == Severity.ERROR);
        if (fail) return Verdict.FAIL;
        boolean incomplete = findings.stream().anyMatch(f -> f.outcome() == Outcome.NOT_ASSESSABLE
                && (CORE_ARITHMETIC.contains(f.ruleId()) || f.ruleId().equals(UNREADABLE)));
        return incomplete ? Verdict.INCOMPLETE : Verdict.PASS;
    }

    private static Finding finding(ReportContext ctx, String ruleId, Severity ruleSeverity, String ruleFormula,
                                   RuleOverride override, Evaluation e, String[] lines) {
        Severity severity = override != null && override.severity() != null ? override.severity()
                : e.severity() != null ? e.severity() : ruleSeverity;
        String formula = e.formula() != null ? e.formula() : ruleFormula;
        String quote = e.quote() != null ? e.quote() : quoteOf(e.operands(), lines);
        return new Finding(ruleId, e.outcome(), severity, formula, e.operands(), e.expected(), e.actual(),
                e.messageZh(), e.messageEn(), e.attribution(), quote,
                Fingerprint.of(ctx.agencyId(), ctx.reportYear(), ruleId, e.operands()));
    }

    /**
     * The source line of the first operand that has a place in the text (lines are 1-based). A line of bare numbers
     * (one-cell-per-line and header-less layouts) is prefixed with the nearest labelled line above it, so the quote
     * says which row or header the numbers belong to.
     */
    private static String quoteOf(List<Operand> operands, String[] lines) {
        for (Operand o : operands) {
            SourceSpan span = o.span();
            if (!span.isKnown() || span.line() > lines.length) continue;
            String line = lines[span.line() - 1].strip();
            if (hasLetter(line)) return line;
            for (int i = span.line() - 2; i >= Math.max(0, span.line() - 1 - LABEL_LOOKBACK); i--) {
                if (hasLetter(lines[i])) return lines[i].strip() + " … " + line;
            }
            return line;
        }
        return null;
    }

    /** How far above a bare-number line to look for its label: a 7-column row laid out one cell per line. */
    private static final int LABEL_LOOKBACK = 8;

    private static boolean hasLetter(String line) {
        for (int i = 0; i < line.length(); ) {
            int c = line.codePointAt(i);
            if (Character.isLetter(c)) return true;
            i += Character.charCount(c);
        }
        return false;
    }

    /** The key figures' places, each to its id. */
    private static final Map<CellRef, String> KEY_FIGURE_IDS = KEY_FIGURES.stream()
            .collect(Collectors.toMap(CellRef::parse, id -> id));

    /**
     * Each key figure's value, read from the first cell at its place as {@link ParsedReport#cell} finds it, in one
     * pass over the cells (not one scan of them per figure).
     */
    private static Map<String, String> keyFigures(ParsedReport report) {
        Map<String, String> figures = new LinkedHashMap<>();
        KEY_FIGURES.forEach(id -> figures.put(id, null));
        Set<String> found = new HashSet<>();
        for (Cell cell : report.cells()) {
            String id = KEY_FIGURE_IDS.get(cell.ref());
            if (id != null && found.add(id)) figures.put(id, cell.isNumber() ? cell.value().toPlainString() : null);
        }
        return figures;
    }
}
