package nianbao.validate.rules.table4;

import nianbao.report.tables.T4Column;

/** 行政诉讼·复议后起诉: the group's 总计 equals its four outcome columns. */
public final class T4PostReviewTotal extends T4GroupTotal {

    public T4PostReviewTotal() {
        super("T4-POSTREVIEW-TOTAL", T4Column.Group.LR);
    }
}
