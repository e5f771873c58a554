package nianbao.report;

/**
 * Kinds of facts the parser reads from the narrative and front matter (domain-spec §2.3, §6.4, §6.6).
 * {@link NarrativeFact#qualifier()} refines some kinds, as documented on each.
 */
public enum FactKind {
    /** The report title; value = the year in it; qualifier = the title text. */
    TITLE,
    /**
     * The agency the document names as its author, from the title (the words before its year), else a 发布机构/来源
     * metadata line, else the line above the closing date; only a name whose level {@link AgencyNames} can tell.
     * Qualifier = the name without whitespace; at most one per report.
     */
    AGENCY,
    /** A stated statistical period; qualifier = "YYYY-MM-DD/YYYY-MM-DD". */
    STATISTICAL_PERIOD,
    /** Publication date from page metadata (发布日期…); qualifier = ISO date. */
    PUBLISHED_ON,
    /** Date line under the signature; qualifier = ISO date. */
    SIGNATURE_DATE,
    /** Section 六 states 信息处理费 collection; value = amount in 元 (0 for 未收取). */
    FEE_STATEMENT,
    /** (共/共计/全年)(收到/受理/接收)…申请 N 件. */
    APPLICATIONS_RECEIVED,
    /** 未收到…申请: value 0. */
    APPLICATIONS_NONE,
    /** 自然人 N 件. */
    APPLICATIONS_NATURAL_PERSONS,
    /** 法人或其他组织 N 件. */
    APPLICATIONS_LEGAL_PERSONS,
    /** Channel split (当面/网络/信函…): value = stated total, parts = the channel counts. */
    APPLICATIONS_BY_CHANNEL,
    /** 办结/答复 N 件. */
    APPLICATIONS_CLOSED,
    /** 结转下年度 N 件 / 无下年度结转 (0). */
    APPLICATIONS_CARRIED_OVER,
    /** An outcome category count; qualifier = the table rows it maps to, e.g. "R3.1", "R3.1+R3.2", "R3.3". */
    OUTCOME,
    /** N件，占X%: value = X, parts = [N, base if stated]; qualifier = the rows N refers to if known. */
    PERCENT,
    /** 行政复议 N 件. */
    REVIEW_COUNT,
    /** 行政诉讼 N 件. */
    LITIGATION_COUNT,
    /** 未发生/未产生…行政复议和行政诉讼: value 0. */
    NO_REVIEW_OR_LITIGATION,
    /** 均获维持 / 未被纠错 claims; qualifier = the claim. */
    REVIEW_OUTCOME_CLAIM,
    /** 规范性文件 制发 N 件. */
    REGDOC_MADE,
    /** 规范性文件 现行有效 N 件. */
    REGDOC_VALID,
    /** 共…N条，其中a条、b条…: value = N, parts = the listed items. */
    INTERNAL_SUM,
    /** A sub-topic of section 一 present; qualifier = 主动公开/依申请公开/政府信息管理/平台建设/监督保障. */
    OVERVIEW_TOPIC,
    /** A section-一 or section-五 text block, for cross-year copy detection; qualifier = section numeral. */
    SECTION_TEXT
}
