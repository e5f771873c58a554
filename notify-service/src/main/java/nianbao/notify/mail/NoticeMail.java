package nianbao.notify.mail;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.web.util.UriComponentsBuilder;

import nianbao.notify.alerts.Alert;
import nianbao.notify.alerts.AlertPolicy;
import nianbao.notify.alerts.Finding;
import nianbao.notify.alerts.Operand;
import nianbao.notify.delivery.Notice;
import nianbao.notify.delivery.NoticeKind;
import nianbao.report.OperandNames;

/**
 * Writes a notice as a plain-text e-mail, Chinese first and English after: what is new and what was told before, the
 * findings ERROR first with their cells named in words, and a link to the report on the dashboard. Ids a person need
 * not read (fingerprints, the submission) travel in headers.
 */
public final class NoticeMail {

    public static final String FINGERPRINTS_HEADER = "X-Nianbao-Fingerprints";
    public static final String SUBMISSION_HEADER = "X-Nianbao-Submission";

    private static final Map<String, String> OUTCOME_ZH = Map.of("FAIL", "不符合", "UNCERTAIN", "需人工核对");
    private static final Comparator<Alert> ERRORS_FIRST =
            Comparator.comparingInt(alert -> Severities.rank(alert.finding().severity()));

    private NoticeMail() {
    }

    /** @param region the agency's region in words ({@code RegionNames#label}): a reader knows no region codes */
    public static MailText compose(Notice notice, String region, String dashboardUrl, AlertPolicy policy) {
        Alert first = notice.first();
        String agency = first.agency().name();
        int year = first.reportYear();
        List<Alert> alerts = notice.alerts().stream().sorted(ERRORS_FIRST).toList();
        int count = alerts.size();
        int earlier = notice.earlierStillOpen();
        boolean resolved = notice.kind() == NoticeKind.RESOLVED;
        String subject = resolved
                ? "【政务公开年报核查】%s %d年度报告：%d项问题已解决 | %d finding(s) resolved".formatted(agency, year, count, count)
                : "【政务公开年报核查】%s %d年度报告：%d项新问题 | %d new finding(s)".formatted(agency, year, count, count);
        StringBuilder body = new StringBuilder();
        body.append(notice.supervisor().name()).append("：\n\n");
        if (resolved) {
            body.append("%s（%s）%d年政府信息公开工作年度报告的以下 %d 项问题在新的核查中已不再出现，告警已关闭；%s。\n"
                    .formatted(agency, region, year, count,
                            earlier == 0 ? "此前已通知的问题中没有仍待处理的" : "此前已通知的问题中仍有 " + earlier + " 项未解决"));
            body.append("The following %d finding(s) in the %d annual report of %s (%s) no longer appear; their alerts are closed. %d finding(s) notified earlier still open.\n"
                    .formatted(count, year, agency, region, earlier));
        } else {
            body.append("%s（%s）%d年政府信息公开工作年度报告经核查：本次新增 %d 项问题（%s）；%s。\n"
                    .formatted(agency, region, year, count, bySeverity(alerts),
                            earlier == 0 ? "此前没有已通知而未解决的问题" : "此前已通知的 " + earlier + " 项仍未解决"));
            body.append("The %d annual report of %s (%s): %d new finding(s); %d notified earlier still open.\n"
                    .formatted(year, agency, region, count, earlier));
            body.append(scope(policy)).append('\n');
        }
        body.append("在监督平台查看这份报告（原文中标出问题所在的数字）Open the report on the dashboard:\n%s\n"
                .formatted(reportLink(dashboardUrl, notice.submissionId())));
        int n = 1;
        for (Alert alert : alerts) {
            body.append('\n');
            appendFinding(body, n++, alert.finding(), resolved);
        }
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(FINGERPRINTS_HEADER, alerts.stream().map(Alert::fingerprint).collect(Collectors.joining(", ")));
        headers.put(SUBMISSION_HEADER, notice.submissionId());
        return new MailText(subject, body.toString(), headers);
    }

    /** The report's page: its text with the findings' cells highlighted, the findings, their review and history. */
    static String reportLink(String dashboardUrl, String submissionId) {
        return UriComponentsBuilder.fromUriString(dashboardUrl).pathSegment("report.html")
                .queryParam("submission", submissionId)
                .encode().build().toUriString();
    }

    /** Why the mail lists fewer findings than the report page: which outcomes and severities open an alert. */
    private static String scope(AlertPolicy policy) {
        String outcomes = policy.outcomes().stream().sorted(Comparator.comparing(o -> !o.equals("FAIL")))
                .map(o -> "“" + OUTCOME_ZH.getOrDefault(o, o) + "”").collect(Collectors.joining("或"));
        String severities = policy.severities().stream().sorted(Comparator.comparingInt(Severities::rank))
                .map(s -> "“" + Severities.zh(s) + "”").collect(Collectors.joining("或"));
        return "本邮件只列出结果为%s、级别为%s的问题；其余核查结果不发邮件，可在监督平台查看。".formatted(outcomes, severities);
    }

    private static String bySeverity(List<Alert> alerts) {
        Map<String, Long> counts = alerts.stream()
                .collect(Collectors.groupingBy(a -> a.finding().severity(), LinkedHashMap::new, Collectors.counting()));
        return counts.entrySet().stream()
                .map(e -> Severities.zh(e.getKey()) + " " + e.getValue() + " 项")
                .collect(Collectors.joining("，"));
    }

    private static void appendFinding(StringBuilder body, int n, Finding f, boolean brief) {
        body.append("%d. 【%s】%s\n".formatted(n, Severities.zh(f.severity()),
                OperandNames.inText(f.messageZh())));
        body.append("   ").append(OperandNames.inText(f.messageEn())).append('\n');
        if (!brief) {
            String values = values(f.operands());
            if (!values.isEmpty()) body.append("   数据 Values: ").append(values).append('\n');
            if (f.expected() != null || f.actual() != null) {
                body.append("   期望 Expected: ").append(orDash(f.expected()))
                        .append("；实际 Actual: ").append(orDash(f.actual())).append('\n');
            }
            if (f.quote() != null && !f.quote().isBlank()) {
                body.append("   原文 Source:\n");
                f.quote().lines().forEach(line -> body.append("   > ").append(line).append('\n'));
            }
        }
        body.append("   规则 Rule: %s · %s %s · %s %s\n".formatted(f.ruleId(),
                Severities.zh(f.severity()), f.severity(),
                OUTCOME_ZH.getOrDefault(f.outcome(), f.outcome()), f.outcome()));
    }

    /** The operands that have a name in words (cells, numbers in the text); the quote shows the others. */
    private static String values(List<Operand> operands) {
        return operands.stream()
                .flatMap(o -> OperandNames.of(o.cellId()).map(name -> name + " = " + value(o)).stream())
                .collect(Collectors.joining("；"));
    }

    private static String value(Operand o) {
        return Optional.ofNullable(o.value())
                .or(() -> Optional.ofNullable(o.raw()).filter(raw -> !raw.isBlank()))
                .orElse("（空 blank）");
    }

    private static String orDash(String value) {
        return value == null ? "—" : value;
    }
}
