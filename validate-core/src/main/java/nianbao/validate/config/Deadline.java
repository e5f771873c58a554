package nianbao.validate.config;

import java.time.LocalDate;
import java.time.MonthDay;

/**
 * A publication deadline in the year after the report year: WARNING after {@code warnAfter} (null: no warning
 * stage), ERROR after {@code errorAfter}.
 */
public record Deadline(MonthDay warnAfter, MonthDay errorAfter) {

    public Deadline {
        if (errorAfter == null) throw new IllegalArgumentException("errorAfter is required");
    }

    /** 县级以上人民政府部门: 31 Jan of Y+1 (条例 Art. 49). */
    public static final Deadline DEPARTMENT = new Deadline(null, MonthDay.of(1, 31));
    /** 县级以上地方人民政府 本级 report: 31 Mar of Y+1 (条例 Art. 49). */
    public static final Deadline LOCAL_GOVERNMENT = new Deadline(null, MonthDay.of(3, 31));
    /** 乡镇/街道: set locally; default WARN after 31 Jan, ERROR after 31 Mar (domain-spec §6.6). */
    public static final Deadline TOWNSHIP_DEFAULT = new Deadline(MonthDay.of(1, 31), MonthDay.of(3, 31));

    public LocalDate warnDate(int reportYear) {
        return warnAfter == null ? null : warnAfter.atYear(reportYear + 1);
    }

    public LocalDate errorDate(int reportYear) {
        return errorAfter.atYear(reportYear + 1);
    }
}
