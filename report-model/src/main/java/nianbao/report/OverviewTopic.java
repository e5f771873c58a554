package nianbao.report;

/** The five topics section 一 (总体情况) must cover in a V2021 report (国办公开办函〔2021〕30号, item (一)), in their order. */
public enum OverviewTopic {
    ACTIVE_DISCLOSURE("主动公开"),
    ON_APPLICATION("依申请公开"),
    INFORMATION_MANAGEMENT("政府信息管理"),
    PLATFORMS("平台建设"),
    SUPERVISION("监督保障");

    private final String zh;

    OverviewTopic(String zh) {
        this.zh = zh;
    }

    /** The topic's name as 30号 writes it. */
    public String zh() {
        return zh;
    }
}
