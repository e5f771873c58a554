package nianbao.notify.reports;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nianbao.notify.dashboard.Labels;
import nianbao.notify.history.TimelineEntry;

/** A timeline entry as the report page says it: Beijing time, what happened and its detail in words. */
public final class HistoryWords {

    /** One line of a report's history; {@code submissionId} says which submission it concerns (null for none). */
    public record Entry(String at, String what, String detail, String submissionId) {
    }

    private static final Pattern VALIDATED = Pattern.compile("(\\w+) (\\w+), (\\d+) failing");
    private static final Pattern PARSED = Pattern.compile("(V\\d{4}|UNKNOWN) \\w+ \\w+(?:; (.*))?");

    private HistoryWords() {
    }

    /** {@code messages}: the finding messages in words by fingerprint, for alert transitions. */
    public static Entry of(TimelineEntry entry, Map<String, String> messages) {
        return new Entry(Labels.time(entry.at()), Labels.event(entry.kind()), detail(entry, messages),
                entry.submissionId());
    }

    private static String detail(TimelineEntry entry, Map<String, String> messages) {
        String detail = entry.detail() == null ? "" : entry.detail();
        return switch (entry.kind()) {
            case "VALIDATED" -> {
                Matcher m = VALIDATED.matcher(detail);
                yield m.matches() ? Labels.verdict(m.group(1)) + "（" + Labels.trigger(m.group(2)) + "），"
                        + m.group(3) + " 项不符" : detail;
            }
            case "PARSED" -> {
                Matcher m = PARSED.matcher(detail);
                yield !m.matches() ? detail : Labels.format(m.group(1))
                        + (m.group(2) == null ? "" : "，读取提示 " + m.group(2).split(",").length + " 类");
            }
            case "PARSE_FAILED" -> "原因：" + detail;
            case "ALERT_OPENED", "ALERT_REOPENED", "ALERT_RESOLVED" -> Labels.severity(detail) + "："
                    + messages.getOrDefault(entry.fingerprint(), "");
            case "REVIEW_CONFIRMED", "REVIEW_DISMISSED" -> detail.replaceFirst(": ", "：")
                    + (messages.containsKey(entry.fingerprint()) ? "（" + messages.get(entry.fingerprint()) + "）" : "");
            default -> detail;
        };
    }
}
