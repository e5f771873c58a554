package nianbao.parse.narrative;

import java.util.regex.Pattern;

/**
 * Whether a count in a sentence states the whole year's figure, judged on the words leading up to it: a month, a
 * quarter, a comparison with another year or a cumulative figure is a figure of something else, and a sentence
 * counting 咨询, 留言, 信访… counts no application even when 申请 appears. A count of uncertain scope makes no fact:
 * a narrative check on it could only raise a false alarm.
 */
final class Scope {

    /** A month that is no date (12月31日, 12月底 are cut-off days), a quarter, a half-year, a per-month figure. */
    private static final Pattern PART_OF_YEAR = Pattern.compile(
            "([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})月份?(?![0-9０-９一二三四五六七八九十]{1,3}日|底|末)"
                    + "|季度|上半年|下半年|每月|每季|月均|日均|当月|本月");
    private static final Pattern COMPARED = Pattern.compile(
            "同比|环比|较上年|较去年|较上一年|比上年|比去年|与上年|较[0-9]{4}年|增长|增加|减少|下降|上升|提高|降低|持平|多出");
    private static final Pattern CUMULATIVE = Pattern.compile("(?<!全年|本年|年度|今年)累计|历年|成立以来|至今|迄今");
    /** The three above as one pattern: most counts pass all three, and one matcher costs less than three. */
    private static final Pattern NOT_THE_YEAR = Pattern.compile(
            PART_OF_YEAR.pattern() + "|" + COMPARED.pattern() + "|" + CUMULATIVE.pattern());
    private static final Pattern OTHER_YEARS = Pattern.compile(COMPARED.pattern() + "|" + CUMULATIVE.pattern());
    /** Matters other than information applications; 信访举报投诉类申请 is an application (table 三 row 3.5.1). */
    private static final Pattern OTHER_MATTER = Pattern.compile(
            "(咨询|留言|热线|信访|来信|来访|来电|建议|提案|投诉|举报|工单|诉求)(?![^，,。；;]{0,6}类申请)");
    /** Some of the applications closed: on time, late, on the spot… (按时办结9件 of 10). */
    private static final Pattern SOME_CLOSED = Pattern.compile("按时|按期|如期|逾期|超期|延期|当场|当日|即时|提前|限时");

    private Scope() {
    }

    /** The lead of a count places it in part of the year, against another year, or over several years. */
    static boolean notTheYear(String lead) {
        return NOT_THE_YEAR.matcher(lead).find();
    }

    /** The lead of a count compares with another year or counts over several: no part of a breakdown of the year. */
    static boolean againstOtherYears(String lead) {
        return OTHER_YEARS.matcher(lead).find();
    }

    /** The sentence up to {@code index} (of its line) names a matter other than information applications. */
    static boolean otherMatter(Sentence s, int index) {
        return OTHER_MATTER.matcher(s.line().text()).region(s.start(), index).find();
    }

    /** 其中 stands before the count in its sentence: the count is a part of something, not the year's total. */
    static boolean amongOthers(Sentence s, Count c) {
        int at = s.text().indexOf("其中");
        return at >= 0 && s.start() + at < c.start();
    }

    /** The lead of a closing count says only some applications were closed (按时办结, 逾期答复…). */
    static boolean someClosed(String lead) {
        return SOME_CLOSED.matcher(lead).find();
    }
}
