package nianbao.report.tables;

import java.util.List;

/** Table 三 columns (domain-spec §4.1): the six applicant kinds and 总计. */
public enum T3Column {
    NAT("自然人"), COM("商业企业"), SCI("科研机构"), NGO("社会公益组织"), LAW("法律服务机构"), OTH("其他"), TOT("总计");

    /** The six applicant columns whose sum is 总计. */
    public static final List<T3Column> APPLICANTS = List.of(NAT, COM, SCI, NGO, LAW, OTH);
    /** The five 法人或其他组织 columns. */
    public static final List<T3Column> LEGAL_PERSONS = List.of(COM, SCI, NGO, LAW, OTH);

    private final String label;

    T3Column(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
