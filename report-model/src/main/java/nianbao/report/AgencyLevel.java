package nianbao.report;

/**
 * The kind and tier of an administrative body; deadlines (S-DEADLINE) and the authority to make 规章
 * (T2-RULES-AUTHORITY) depend on both.
 */
public enum AgencyLevel {
    /** 国务院部门. */
    MINISTRY,
    PROVINCIAL_GOVERNMENT,
    CITY_GOVERNMENT,
    COUNTY_GOVERNMENT,
    /** 乡镇人民政府 / 街道办事处. */
    TOWNSHIP,
    PROVINCIAL_DEPARTMENT,
    CITY_DEPARTMENT,
    COUNTY_DEPARTMENT,
    UNKNOWN;

    public boolean isDepartment() {
        return this == MINISTRY || this == PROVINCIAL_DEPARTMENT || this == CITY_DEPARTMENT || this == COUNTY_DEPARTMENT;
    }

    public boolean isLocalGovernment() {
        return this == PROVINCIAL_GOVERNMENT || this == CITY_GOVERNMENT || this == COUNTY_GOVERNMENT;
    }
}
