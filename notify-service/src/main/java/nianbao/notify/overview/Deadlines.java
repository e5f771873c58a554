package nianbao.notify.overview;

import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;

import nianbao.notify.dashboard.Labels;

/**
 * When a report for year Y is due (条例 Art. 49, domain-spec S-DEADLINE): departments (国务院部门 and the departments
 * of provinces, cities and counties) by 31 January of Y+1; local governments and 乡镇/街道 (no fixed date in the 条例:
 * the spec's outer bound) by 31 March of Y+1. Due means by the end of that day in Beijing time.
 */
public final class Deadlines {

    private static final MonthDay DEPARTMENTS = MonthDay.of(1, 31);
    private static final MonthDay GOVERNMENTS = MonthDay.of(3, 31);

    private Deadlines() {
    }

    public static LocalDate of(String level, int reportYear) {
        boolean department = level.equals("MINISTRY") || level.endsWith("_DEPARTMENT");
        return (department ? DEPARTMENTS : GOVERNMENTS).atYear(reportYear + 1);
    }

    /** Whether a submission at {@code at} met the deadline of a report of this level and year. */
    public static boolean onTime(Instant at, String level, int reportYear) {
        return !at.atZone(Labels.ZONE).toLocalDate().isAfter(of(level, reportYear));
    }
}
