package nianbao.notify.dashboard;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import nianbao.notify.mail.Severities;

/** What people read for the events' symbols and instants: Chinese words, times in Asia/Shanghai. */
public final class Labels {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZONE);

    private static final Map<String, String> OUTCOMES = Map.of("PASS", "通过", "FAIL", "不符",
            "UNCERTAIN", "存疑", "NOT_ASSESSABLE", "无法判断");
    private static final Map<String, String> STATES = Map.of("OPEN", "待处理", "CONFIRMED", "已确认",
            "DISMISSED", "已驳回", "RESOLVED", "已解决");
    private static final Map<String, String> LEVELS = Map.of("MINISTRY", "国务院部门",
            "PROVINCIAL_GOVERNMENT", "省级人民政府", "CITY_GOVERNMENT", "市级人民政府", "COUNTY_GOVERNMENT", "县级人民政府",
            "TOWNSHIP", "乡镇人民政府、街道办事处", "PROVINCIAL_DEPARTMENT", "省级政府部门", "CITY_DEPARTMENT", "市级政府部门",
            "COUNTY_DEPARTMENT", "县级政府部门");
    private static final Map<String, String> VERDICTS = Map.of("PASS", "未发现问题", "FAIL", "发现问题",
            "INCOMPLETE", "未能完整核查");
    private static final Map<String, String> TRIGGERS = Map.of("SUBMISSION", "提交后核查",
            "PRIOR_YEAR_ARRIVED", "上一年度报告到达后复核", "REPLAY", "重新核查");
    private static final Map<String, String> EVENTS = Map.of("SUBMITTED", "提交报告", "PARSED", "读取完成",
            "PARSE_FAILED", "无法读取", "VALIDATED", "核查完成", "ALERT_OPENED", "发现问题", "ALERT_REOPENED", "问题再次出现",
            "ALERT_RESOLVED", "问题已解决", "REVIEW_CONFIRMED", "审核：确认", "REVIEW_DISMISSED", "审核：驳回");
    private static final Map<String, String> FORMATS = Map.of("V2019", "2019年版格式", "V2021", "2021年版格式");

    private Labels() {
    }

    public static String severity(String symbol) {
        return Severities.zh(symbol);
    }

    public static String outcome(String symbol) {
        return OUTCOMES.getOrDefault(symbol, "未知");
    }

    public static String state(String symbol) {
        return STATES.getOrDefault(symbol, "未知");
    }

    public static String level(String symbol) {
        return LEVELS.getOrDefault(symbol, "层级未知");
    }

    public static String verdict(String symbol) {
        return VERDICTS.getOrDefault(symbol, "未知");
    }

    public static String trigger(String symbol) {
        return TRIGGERS.getOrDefault(symbol, "核查");
    }

    public static String event(String kind) {
        return EVENTS.getOrDefault(kind, kind);
    }

    public static String format(String symbol) {
        return FORMATS.getOrDefault(symbol, "格式未识别");
    }

    /** "2023-01-05 08:00" in Beijing time; empty for no instant. */
    public static String time(Instant instant) {
        return instant == null ? "" : MINUTES.format(instant);
    }
}
