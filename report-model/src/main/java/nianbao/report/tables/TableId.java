package nianbao.report.tables;

/** The three statutory tables. */
public enum TableId {
    /** 主动公开政府信息情况. */
    T2,
    /** 收到和处理政府信息公开申请情况. */
    T3,
    /** 政府信息公开行政复议、行政诉讼情况. */
    T4
}
