package nianbao.validate.rules.table4;

import nianbao.report.tables.T4Column;

/** 行政复议: the group's 总计 equals its four outcome columns. */
public final class T4ReviewTotal extends T4GroupTotal {

    public T4ReviewTotal() {
        super("T4-REVIEW-TOTAL", T4Column.Group.RV);
    }
}
