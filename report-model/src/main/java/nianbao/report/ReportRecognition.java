package nianbao.report;

/**
 * Whether a parsed document is a 政府信息公开工作年度报告 at all. It is when the parser found any one sign of one: a
 * statutory section heading, a cell of table 二, 三 or 四 read (a number, a blank, a dash or text: anything but
 * MISSING), or a title naming a year's 政府信息公开…报告. A document with none of them (a greeting, a page of ASCII, a
 * news item about 政务公开) is not a report: checking it would only say that every section and table is missing, and
 * alert supervisors about nothing. One sign is enough, so a real report that the parser reads poorly is still checked
 * and its problems still reported.
 *
 * @param sectionsFound the statutory section headings found
 * @param cellsRead     the table cells read (not MISSING)
 * @param titled        whether a report title was found
 */
public record ReportRecognition(int sectionsFound, int cellsRead, boolean titled) {

    /** Why a document is not a report, for the clerk who sent it and for the checker's user. */
    public static final String NOT_A_REPORT_ZH = "文件不是政府信息公开工作年度报告：未找到“一、总体情况”等任何法定章节标题，"
            + "未读到表二、表三、表四的任何数据，也没有“××××年政府信息公开工作年度报告”标题";
    public static final String NOT_A_REPORT_EN = "not a government information disclosure annual report: no statutory "
            + "section heading, no cell of table 2, 3 or 4 and no annual-report title was found";

    public static ReportRecognition of(ParsedReport report) {
        int sections = (int) report.sections().stream().filter(Section::found).count();
        int cells = (int) report.cells().stream().filter(c -> c.semantic() != CellSemantic.MISSING).count();
        return new ReportRecognition(sections, cells, !report.facts(FactKind.TITLE).isEmpty());
    }

    public boolean isReport() {
        return sectionsFound > 0 || cellsRead > 0 || titled;
    }
}
