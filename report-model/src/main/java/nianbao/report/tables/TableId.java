package nianbao.report.tables;

import nianbao.report.SectionId;

/** The three statutory tables, each in the section of the same number. */
public enum TableId {
    /** 主动公开政府信息情况. */
    T2(SectionId.ACTIVE_DISCLOSURE),
    /** 收到和处理政府信息公开申请情况. */
    T3(SectionId.APPLICATIONS),
    /** 政府信息公开行政复议、行政诉讼情况. */
    T4(SectionId.REVIEW_LITIGATION);

    private final SectionId section;

    TableId(SectionId section) {
        this.section = section;
    }

    /** The section that holds the table: 二, 三 and 四. */
    public SectionId section() {
        return section;
    }
}
