package nianbao.report;

/**
 * Kinds of facts the parser reads from the narrative and front matter (domain-spec §2.3, §6.4, §6.6), each with the
 * type of {@link NarrativeFact#qualifier()} it carries, if any.
 */
public enum FactKind {
    /** The report title; value = the year in it; qualifier = the title text. */
    TITLE(Qualifier.Title.class),
    /**
     * The agency the document names as its author, from the title (the words before its year), else a 发布机构/来源
     * metadata line, else the line above the closing date; only a name whose level {@link AgencyNames} can tell.
     * Qualifier = the name without whitespace; at most one per report.
     */
    AGENCY(Qualifier.Agency.class),
    /** A stated statistical period; qualifier = its first and last day. */
    STATISTICAL_PERIOD(Qualifier.Period.class),
    /** Publication date from page metadata (发布日期…); qualifier = the date. */
    PUBLISHED_ON(Qualifier.Day.class),
    /** Date line under the signature; qualifier = the date. */
    SIGNATURE_DATE(Qualifier.Day.class),
    /** Section 六 states 信息处理费 collection; value = amount in 元 (0 for 未收取). */
    FEE_STATEMENT(null),
    /** (共/共计/全年)(收到/受理/接收)…申请 N 件; qualifier R1 when it says 新收, R1+R2 when it includes carried-over ones. */
    APPLICATIONS_RECEIVED(Qualifier.T3Rows.class),
    /** 未收到…申请: value 0. */
    APPLICATIONS_NONE(null),
    /** 自然人 N 件. */
    APPLICATIONS_NATURAL_PERSONS(null),
    /** 法人或其他组织 N 件. */
    APPLICATIONS_LEGAL_PERSONS(null),
    /** Channel split (当面/网络/信函…): value = stated total, parts = the channel counts, qualifier = the channels. */
    APPLICATIONS_BY_CHANNEL(Qualifier.Channels.class),
    /** 办结/答复 N 件. */
    APPLICATIONS_CLOSED(null),
    /** 结转下年度 N 件 / 无下年度结转 (0). */
    APPLICATIONS_CARRIED_OVER(null),
    /** An outcome category count; qualifier = the table rows it maps to, e.g. R3.1, R3.1 + R3.2, R3.3. */
    OUTCOME(Qualifier.T3Rows.class),
    /** N件，占X%: value = X, parts = [N, base if stated]; qualifier = the rows N refers to if known. */
    PERCENT(Qualifier.T3Rows.class),
    /** 行政复议 N 件. */
    REVIEW_COUNT(null),
    /** 行政诉讼 N 件. */
    LITIGATION_COUNT(null),
    /** 未发生/未产生…行政复议和行政诉讼: value 0. */
    NO_REVIEW_OR_LITIGATION(null),
    /** 均获维持 / 未被纠错 claims; qualifier = the claim. */
    REVIEW_OUTCOME_CLAIM(Qualifier.ReviewClaim.class),
    /** 规范性文件 制发 N 件. */
    REGDOC_MADE(null),
    /** 规范性文件 现行有效 N 件. */
    REGDOC_VALID(null),
    /** 共…N条，其中a条、b条…: value = N, parts = the listed items. */
    INTERNAL_SUM(null),
    /** A sub-topic of section 一 present; qualifier = the topic. */
    OVERVIEW_TOPIC(Qualifier.Topic.class),
    /** A section-一 or section-五 text block, for cross-year copy detection; qualifier = the section. */
    SECTION_TEXT(Qualifier.OfSection.class);

    private final Class<? extends Qualifier> qualifierType;

    FactKind(Class<? extends Qualifier> qualifierType) {
        this.qualifierType = qualifierType;
    }

    /** The type of qualifier a fact of this kind may carry; null when it carries none. */
    public Class<? extends Qualifier> qualifierType() {
        return qualifierType;
    }
}
