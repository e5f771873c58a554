package nianbao.validate.rules.table4;

import nianbao.report.tables.T4Column;

/** 行政诉讼·未经复议直接起诉: the group's 总计 equals its four outcome columns. */
public final class T4DirectTotal extends T4GroupTotal {

    public T4DirectTotal() {
        super("T4-DIRECT-TOTAL", T4Column.Group.LD);
    }
}
