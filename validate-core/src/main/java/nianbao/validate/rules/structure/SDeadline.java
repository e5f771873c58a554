package nianbao.validate.rules.structure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nianbao.report.FactKind;
import nianbao.report.NarrativeFact;
import nianbao.report.Qualifier;
import nianbao.report.SourceSpan;
import nianbao.validate.config.Deadline;
import nianbao.validate.engine.Evaluation;
import nianbao.validate.engine.Operand;
import nianbao.validate.engine.Outcome;
import nianbao.validate.engine.RuleInput;
import nianbao.validate.engine.Severity;
import nianbao.validate.rules.CatalogueRule;
import nianbao.validate.rules.Checks;

/**
 * Published by the deadline of the agency's level (条例 Art. 49; townships by local configuration). The date
 * comes from the submission, else the page metadata read by the parser, else the date under the signature — a
 * proxy, and the message says so; none → not checkable.
 */
public final class SDeadline extends CatalogueRule {

    /** A publication date and where it came from. */
    private record Dated(LocalDate date, String source, String sourceZh, SourceSpan span, String quote, boolean proxy) {
    }

    public SDeadline() {
        super("S-DEADLINE", Severity.ERROR, "publication date ≤ deadline of the level in Y+1", ALL_VERSIONS);
    }

    @Override
    public List<Evaluation> evaluate(RuleInput input) {
        Deadline deadline = input.deadline();
        int year = input.context().reportYear();
        Dated dated = publicationDate(input);
        if (deadline == null || dated == null) {
            String reasonZh = deadline == null ? "机关层级未知，无法确定公布时限" : "未找到发布日期（提交信息、页面发布时间、落款日期均无）";
            String reasonEn = deadline == null ? "the agency level is unknown, so the deadline is too"
                    : "no publication date (submission, page metadata or signature date)";
            return List.of(Checks.plain(Outcome.NOT_ASSESSABLE, null, formula(), List.of(Operand.item("DATE")), null, null,
                    "公布时限：无法检查，" + reasonZh + "。", "Publication deadline: not checkable, " + reasonEn + "."));
        }
        LocalDate errorDate = deadline.errorDate(year);
        LocalDate warnDate = deadline.warnDate(year);
        // the date enters the fingerprint as its yyyymmdd number
        List<Operand> operands = List.of(new Operand("DATE:" + dated.source(),
                BigDecimal.valueOf(dated.date().getYear() * 10000L + dated.date().getMonthValue() * 100L + dated.date().getDayOfMonth()),
                dated.date().toString(), dated.span()));
        String proxyZh = dated.proxy() ? "（以落款日期代替发布日期，仅供参考）" : "";
        String proxyEn = dated.proxy() ? " (the signature date stands in for the publication date)" : "";
        Evaluation e;
        if (dated.date().isAfter(errorDate)) {
            e = Checks.plain(Outcome.FAIL, Severity.ERROR, formula(), operands, "≤ " + errorDate, dated.date().toString(),
                    dated.sourceZh() + " " + dated.date() + " 晚于公布时限 " + errorDate + proxyZh + "。请督促按时公布年度报告。",
                    "Published " + dated.date() + ", after the deadline " + errorDate + proxyEn + ".");
        } else if (warnDate != null && dated.date().isAfter(warnDate)) {
            e = Checks.plain(Outcome.FAIL, Severity.WARNING, formula(), operands, "≤ " + warnDate, dated.date().toString(),
                    dated.sourceZh() + " " + dated.date() + " 晚于本地要求的 " + warnDate + "（最迟 " + errorDate + "）" + proxyZh + "。",
                    "Published " + dated.date() + ", after the local deadline " + warnDate + " (final " + errorDate + ")" + proxyEn + ".");
        } else {
            LocalDate first = warnDate != null ? warnDate : errorDate;
            e = Checks.plain(Outcome.PASS, null, formula(), operands, "≤ " + first, dated.date().toString(),
                    dated.sourceZh() + " " + dated.date() + " 在公布时限 " + first + " 之前" + proxyZh + "。",
                    "Published " + dated.date() + ", by the deadline " + first + proxyEn + ".");
        }
        return List.of(dated.quote() == null ? e : e.withQuote(dated.quote()));
    }

    private static Dated publicationDate(RuleInput input) {
        if (input.context().publishedOn() != null) {
            return new Dated(input.context().publishedOn(), "SUBMISSION", "提交信息所载发布日期", SourceSpan.NONE, null, false);
        }
        if (input.report().publishedOn() != null) {
            return new Dated(input.report().publishedOn(), "PUBLISHED_ON", "页面发布日期", SourceSpan.NONE, null, false);
        }
        Dated fromPage = fromFact(input, FactKind.PUBLISHED_ON, "页面发布日期", false);
        return fromPage != null ? fromPage : fromFact(input, FactKind.SIGNATURE_DATE, "落款日期", true);
    }

    private static Dated fromFact(RuleInput input, FactKind kind, String sourceZh, boolean proxy) {
        for (NarrativeFact fact : input.report().facts(kind)) {
            if (fact.qualifier() instanceof Qualifier.Day day) {
                return new Dated(day.date(), kind.name(), sourceZh, fact.span(), fact.quote(), proxy);
            }
        }
        return null;
    }
}
