package nianbao.report;

/** The six statutory sections (domain-spec §2.1), with the canonical heading. */
public enum SectionId {
    OVERVIEW("一", "总体情况"),
    ACTIVE_DISCLOSURE("二", "主动公开政府信息情况"),
    APPLICATIONS("三", "收到和处理政府信息公开申请情况"),
    REVIEW_LITIGATION("四", "政府信息公开行政复议、行政诉讼情况"),
    PROBLEMS("五", "存在的主要问题及改进情况"),
    OTHER_MATTERS("六", "其他需要报告的事项");

    private final String numeral;
    private final String title;

    SectionId(String numeral, String title) {
        this.numeral = numeral;
        this.title = title;
    }

    public String numeral() {
        return numeral;
    }

    public String canonicalHeading() {
        return numeral + "、" + title;
    }
}
