package nianbao.report;

/** What a table cell holds. Blank is not zero; missing (not found in the document) is not blank. */
public enum CellSemantic { NUMBER, BLANK, NOT_APPLICABLE, TEXT, MISSING }
