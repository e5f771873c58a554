package nianbao.report.tables;

import java.util.Arrays;
import java.util.List;

/** Table 四's 15 value columns (domain-spec §5) in printed order. */
public enum T4Column {
    RV_MAINTAIN(Group.RV, "结果维持"), RV_CORRECT(Group.RV, "结果纠正"), RV_OTHER(Group.RV, "其他结果"),
    RV_PENDING(Group.RV, "尚未审结"), RV_TOTAL(Group.RV, "总计"),
    LD_MAINTAIN(Group.LD, "结果维持"), LD_CORRECT(Group.LD, "结果纠正"), LD_OTHER(Group.LD, "其他结果"),
    LD_PENDING(Group.LD, "尚未审结"), LD_TOTAL(Group.LD, "总计"),
    LR_MAINTAIN(Group.LR, "结果维持"), LR_CORRECT(Group.LR, "结果纠正"), LR_OTHER(Group.LR, "其他结果"),
    LR_PENDING(Group.LR, "尚未审结"), LR_TOTAL(Group.LR, "总计");

    /** 行政复议; 行政诉讼 未经复议直接起诉; 行政诉讼 复议后起诉. */
    public enum Group {
        RV("行政复议"), LD("行政诉讼·未经复议直接起诉"), LR("行政诉讼·复议后起诉");

        private final String label;

        Group(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public T4Column total() {
            return T4Column.valueOf(name() + "_TOTAL");
        }

        /** The four outcome columns summed by the group's 总计. */
        public List<T4Column> components() {
            return Arrays.stream(T4Column.values()).filter(c -> c.group == this && c != total()).toList();
        }
    }

    private final Group group;
    private final String label;
    private final String id;

    T4Column(Group group, String label) {
        this.group = group;
        this.label = label;
        this.id = name().replace('_', '.');
    }

    public Group group() {
        return group;
    }

    public String label() {
        return label;
    }

    /** The id of domain-spec §5, e.g. {@code RV.TOTAL}. */
    public String id() {
        return id;
    }

    public boolean isTotal() {
        return this == group.total();
    }
}
