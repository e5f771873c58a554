package nianbao.report;

/** The statutory report format (domain-spec §1.2): V2019 for report years 2019–2020, V2021 from 2021. */
public enum FormatVersion {
    V2019, V2021, UNKNOWN;

    /** The version a report for {@code reportYear} must use, or UNKNOWN before 2019 (out of scope). */
    public static FormatVersion requiredFor(int reportYear) {
        if (reportYear >= 2021) return V2021;
        if (reportYear >= 2019) return V2019;
        return UNKNOWN;
    }
}
