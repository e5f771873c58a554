package nianbao.parse.tables;

import static java.util.stream.Collectors.joining;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nianbao.parse.layout.RowGrouper;
import nianbao.report.Cell;
import nianbao.report.CellSemantic;
import nianbao.report.Diagnostic;
import nianbao.report.FormatVersion;
import nianbao.report.LabelVariant;
import nianbao.report.Layout;
import nianbao.report.SourceSpan;
import nianbao.report.tables.CellRef;
import org.junit.jupiter.api.Test;

/** Small hand-written tables in each layout of domain-spec §7, with the exact cells they must yield. */
class TableReaderLayoutsTest {

    private record Read(TableReader.Reading reading, Layout layout, List<String> lines) {

        Cell cell(String id) {
            CellRef ref = CellRef.parse(id);
            return reading.cells().stream().filter(c -> c.ref().equals(ref)).findFirst().orElseThrow();
        }

        /** The values of a table-三 row as text: numbers, "_" for BLANK, "?" for MISSING. */
        String t3(String row) {
            StringBuilder out = new StringBuilder();
            for (String col : List.of("NAT", "COM", "SCI", "NGO", "LAW", "OTH", "TOT")) {
                if (!out.isEmpty()) out.append(' ');
                out.append(show(cell("T3[" + row + "][" + col + "]")));
            }
            return out.toString();
        }

        String t4() {
            StringBuilder out = new StringBuilder();
            for (String col : List.of("RV.MAINTAIN", "RV.CORRECT", "RV.OTHER", "RV.PENDING", "RV.TOTAL", "LD.MAINTAIN",
                    "LD.CORRECT", "LD.OTHER", "LD.PENDING", "LD.TOTAL", "LR.MAINTAIN", "LR.CORRECT", "LR.OTHER",
                    "LR.PENDING", "LR.TOTAL")) {
                if (!out.isEmpty()) out.append(' ');
                out.append(show(cell("T4[" + col + "]")));
            }
            return out.toString();
        }

        List<String> codes() {
            return reading.diagnostics().stream().map(Diagnostic::code).toList();
        }

        Diagnostic diagnostic(String code) {
            return reading.diagnostics().stream().filter(d -> d.code().equals(code)).findFirst().orElseThrow();
        }

        /** Every NUMBER cell's raw text stands at its span. */
        void assertSpansHoldRawText() {
            for (Cell c : reading.cells()) {
                if (!c.isNumber()) continue;
                SourceSpan s = c.span();
                assertEquals(c.raw(), lines.get(s.line() - 1).substring(s.column() - 1, s.endColumn() - 1), c.ref().id());
            }
        }

        private static String show(Cell c) {
            return switch (c.semantic()) {
                case NUMBER -> c.value().toPlainString();
                case BLANK -> "_";
                case MISSING -> "?";
                default -> "T:" + c.raw();
            };
        }
    }

    private static Read read(String text, FormatVersion version, boolean grid) {
        List<String> lines = Arrays.asList(text.split("\n", -1));
        RowGrouper.Grouping g = RowGrouper.group(lines, grid);
        Read r = new Read(TableReader.read(g.rows(), lines, version, grid), g.layout(), lines);
        r.assertSpansHoldRawText();
        return r;
    }

    private static Read read(String text) {
        return read(text, FormatVersion.V2021, false);
    }

    @Test
    void pipeRowsOnOneLine() {
        Read r = read("""
                三、收到和处理政府信息公开申请情况
                一、本年新收政府信息公开申请数量 | 58 | 7 | 0 | 0 | 0 | 1 | 66
                二、上年结转政府信息公开申请数量 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |
                （七）总计 | 60 | 7 | 0 | 0 | 0 | 1 | 68
                """);
        assertEquals(Layout.PIPE_ROWS, r.layout());
        assertEquals("58 7 0 0 0 1 66", r.t3("R1"));
        assertEquals("2 0 0 0 0 0 2", r.t3("R2"));
        assertEquals("60 7 0 0 0 1 68", r.t3("R3.7"));
        assertEquals(SourceSpan.onLine(2, 20, 2), r.cell("T3[R1][NAT]").span());
    }

    @Test
    void markdownTableWithMeaninglessHeaderAndDashBlank() {
        Read r = read("""
                | 项目 | 数据1 | 数据2 | 数据3 | 数据4 | 数据5 | 数据6 | 数据7 |
                |---|---|---|---|---|---|---|---|
                | 一、本年新收政府信息公开申请数量 | 12 | 0 | 0 | 0 | 0 | 0 | 12 |
                | （一）予以公开 | 5 | - | 0 | 0 | 0 | 0 | 5 |
                """);
        assertEquals(Layout.MARKDOWN, r.layout());
        assertEquals("12 0 0 0 0 0 12", r.t3("R1"));
        assertEquals("5 _ 0 0 0 0 5", r.t3("R3.1"));
        assertEquals(CellSemantic.BLANK, r.cell("T3[R3.1][COM]").semantic());
        assertEquals("-", r.cell("T3[R3.1][COM]").raw());
    }

    @Test
    void pdftotextSpaceAlignedColumnsWithPageFooter() {
        Read r = read("""
                   一、本年新收政府信息公开申请数量      16     0    0    0    0    0    16
                                              -3-
                   三、本年度办理结果    （一）予以公开      3    0    0    0    0    0    3
                """);
        assertEquals(Layout.SPACE_ALIGNED, r.layout());
        assertEquals("16 0 0 0 0 0 16", r.t3("R1"));
        assertEquals("3 0 0 0 0 0 3", r.t3("R3.1"));
    }

    @Test
    void pipeOneCellPerLine() {
        Read r = read("""
                一、本年新收政府信息公开申请数量 |
                4 |
                0 |
                0 |
                — |
                0 |
                0 |
                4 |
                ||
                二、上年结转政府信息公开申请数量 |
                0 |
                0 |
                0 |
                0 |
                0 |
                0 |
                0 |
                """);
        assertEquals(Layout.PIPE, r.layout());
        assertEquals("4 0 0 _ 0 0 4", r.t3("R1"));
        assertEquals("0 0 0 0 0 0 0", r.t3("R2"));
    }

    @Test
    void tabPrefixedOneCellPerLineWithBlankLinesBetweenRows() {
        Read r = read("\t（三）不予公开\n\t1.属于国家秘密\n\t1\n\t0\n\t0\n\t0\n\t0\n\t0\n\t1\n\n\t\n\t2.其他法律行政法规禁止公开\n"
                + "\t0\n\t0\n\t0\n\t0\n\t0\n\t0\n\t0\n");
        assertEquals(Layout.CELL_PER_LINE, r.layout());
        assertEquals("1 0 0 0 0 0 1", r.t3("R3.3.1"));
        assertEquals("0 0 0 0 0 0 0", r.t3("R3.3.2"));
    }

    @Test
    void raggedTabRowsWithSixValuesAreAlignedFromTheRight() {
        Read r = read("三、本年度办理结果\t(一) 予以公开\t\t3\t0\t0\t0\t1\t4\t\n"
                + "\t(二) 部分公开\t\t2\t\t0\t0\t0\t0\t2\n");
        assertEquals(Layout.TAB, r.layout());
        assertEquals("3 ? 0 0 0 1 4", r.t3("R3.1"));
        assertEquals(1.0, r.cell("T3[R3.1][NAT]").confidence());
        assertEquals(TableSheet.INFERRED, r.cell("T3[R3.1][OTH]").confidence());
        assertEquals(1.0, r.cell("T3[R3.1][TOT]").confidence());
        // an empty cell between values is a blank, not a missing column
        assertEquals("2 _ 0 0 0 0 2", r.t3("R3.2"));
        assertEquals(List.of("P-MISALIGNED"), r.codes().stream().filter(c -> !c.equals("P-TRUNCATED")).toList());
    }

    /** Four 法人 values that read alike though written differently (blank markers, full-width digits) are equal. */
    @Test
    void sixValuesWrittenDifferentlyButReadingAlikeAreCertain() {
        Read r = read("三、本年度办理结果\t(一) 予以公开\t3\t—\t/\t-\t／\t3\n"
                + "\t(二) 部分公开\t2\t0\t０\t0件\t0\t2\n");
        assertEquals("3 _ _ _ _ _ 3", r.t3("R3.1"));
        assertEquals(1.0, r.cell("T3[R3.1][OTH]").confidence());
        assertEquals("2 _ 0 0 0 0 2", r.t3("R3.2"));
        assertEquals(1.0, r.cell("T3[R3.2][SCI]").confidence());
    }

    /** A label whose rest follows below is wrapped, not written differently: only the garbled one is a variant. */
    @Test
    void wrappedAndVariantRowLabels() {
        Read r = read("""
                （二）部分公开（区分处理的，只计这一情
                形，不计其他情形）\t1\t0\t0\t0\t0\t0\t1
                2、其他法律行政止公开\t0\t0\t0\t0\t0\t0\t0
                """);
        assertEquals("1 0 0 0 0 0 1", r.t3("R3.2"));
        assertEquals("0 0 0 0 0 0 0", r.t3("R3.3.2"));
        assertEquals(List.of("T3[R3.3.2]"), r.reading().labelVariants().stream().map(LabelVariant::where).toList());
    }

    /**
     * PDF text of Word-printed tables: labels and headers wrapped inside fixed-width cells come line by line, a row's
     * figures beside the first (top-aligned) or a middle line (centred). A start whose rest follows below is no
     * variant; a start whose rest never comes (chaoyang's truncated 结果/其他/尚未) still is.
     */
    @Test
    void labelsAndHeadersWrappedInTheirCellsAreNoVariants() {
        Read r = read("""
                一、本年新收政府信息公开申请数
                5\t0\t0\t0\t0\t0\t5
                量
                （⇥1.申请人无正当理由逾\t2\t0\t0\t0\t0\t0\t2
                六\t期不补正、行政机关
                ）\t不再处理其政府信息
                公开申请
                四、政府信息公开行政复议、行政诉讼情况
                行政复议\t行政诉讼
                结果\t结果\t其他\t尚未\t总计\t未经复议直接起诉\t复议后起诉
                维持\t纠正\t结果\t审结\t结果\t结果\t其他\t尚未\t总计\t结果\t结果\t其他\t尚未\t总计
                维持\t纠正\t结果\t审结\t维持\t纠正\t结果\t审结
                1\t0\t0\t0\t1\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0
                """.replace("⇥", "\t"));
        assertEquals("5 0 0 0 0 0 5", r.t3("R1"));
        assertEquals("2 0 0 0 0 0 2", r.t3("R3.6.1"));
        assertEquals("1 0 0 0 1 0 0 0 0 0 0 0 0 0 0", r.t4());
        assertEquals(List.of(), r.reading().labelVariants());

        Read truncated = read("""
                四、政府信息公开行政复议、行政诉讼情况
                行政复议\t行政诉讼
                结果维持\t结果\t其他\t尚未\t总计\t未经复议直接起诉\t复议后起诉
                0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0
                """);
        assertEquals(List.of("结果", "其他", "尚未"),
                truncated.reading().labelVariants().stream().map(LabelVariant::asWritten).toList());
    }

    @Test
    void concatenatedDigitsWithUniqueSplits() {
        Read r = read("""
                一、本年新收政府信息公开申请数量350010137
                二、上年结转政府信息公开申请数量120 000012
                """);
        assertTrue(r.reading().concatenated());
        assertEquals("35 0 0 1 0 1 37", r.t3("R1"));
        assertEquals("12 0 0 0 0 0 12", r.t3("R2"));
        assertEquals("35", r.cell("T3[R1][NAT]").raw());
        assertEquals(SourceSpan.onLine(1, 17, 2), r.cell("T3[R1][NAT]").span());
        assertEquals("120", r.cell("T3[R2][NAT]").raw().substring(0, 2) + r.cell("T3[R2][COM]").raw());
        assertEquals(1.0, r.cell("T3[R1][TOT]").confidence());
    }

    @Test
    void ambiguousConcatenatedRowIsSettledByTheColumnEquations() {
        // 180010120 reads as 18,0,0,1,0,1,20 or 1,8,0,0,10,1,20; only the first satisfies R1 + R2 = R3.7 + R4 per column
        Read r = read("一、本年新收政府信息公开申请数量180010120\n"
                + "二、上年结转政府信息公开申请数量\t0\t0\t0\t0\t0\t0\t0\n"
                + "（七）总计\t15\t0\t0\t1\t0\t1\t17\n"
                + "四、结转下年度继续办理\t3\t0\t0\t0\t0\t0\t3\n");
        assertEquals("18 0 0 1 0 1 20", r.t3("R1"));
        assertEquals(TableSheet.DISAMBIGUATED, r.cell("T3[R1][NAT]").confidence());
        assertTrue(r.codes().contains("P-AMBIGUOUS"));
    }

    @Test
    void ambiguousConcatenatedRowWithoutEquationsStaysMissing() {
        Read r = read("一、本年新收政府信息公开申请数量180010120\n");
        assertEquals("? ? ? ? ? ? ?", r.t3("R1"));
        assertTrue(r.codes().contains("P-AMBIGUOUS"));
    }

    @Test
    void concatenatedTableFourIsSplitUnderItsThreeTotals() {
        Read r = read("四、政府信息公开行政复议、行政诉讼情况\n4312101200300000\n");
        assertEquals("4 3 1 2 10 1 2 0 0 3 0 0 0 0 0", r.t4());
    }

    @Test
    void tableTwoRunsOfDigitsAreAmbiguousUnlessTheRowHasOneCell() {
        Read r = read("""
                第二十条第（一）项
                信息内容	本年制发件数	本年废止件数	现行有效件数
                行政规范性文件452310
                第二十条第（五）项
                信息内容	本年处理决定数量
                行政许可161
                """);
        assertEquals(CellSemantic.MISSING, r.cell("T2.NORM.MADE").semantic());
        assertEquals(CellSemantic.MISSING, r.cell("T2.NORM.VALID").semantic());
        assertEquals(new BigDecimal("161"), r.cell("T2.LICENSE.DECISIONS").value());
        assertEquals(List.of("P-AMBIGUOUS"), r.codes().stream().filter(c -> c.equals("P-AMBIGUOUS")).toList());
        assertThat(r.diagnostic("P-AMBIGUOUS").cells().stream().map(CellRef::id))
                .containsExactly("T2.NORM.MADE", "T2.NORM.REPEALED", "T2.NORM.VALID");
    }

    /**
     * A cell holding only a no-break space is the &nbsp; of a web page's empty cell, a blank: kept in its column, not
     * dropped as a drifted label column (which read 制发 6, 废止 3 from 废止 6, 现行有效 3), nor a row border.
     */
    @Test
    void noBreakSpaceCellsAreBlanksInTheirColumns() {
        Read r = read("第二十条第（一）项\n信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n"
                + "行政规范性文件\t\u00A0\t6\t3\n"
                + "一、本年新收政府信息公开申请数量 |\n2 |\n\u00A0 |\n\u00A0 |\n\u00A0 |\n\u00A0 |\n\u00A0 |\n2 |\n");
        assertEquals(CellSemantic.BLANK, r.cell("T2.NORM.MADE").semantic());
        assertEquals(new BigDecimal("6"), r.cell("T2.NORM.REPEALED").value());
        assertEquals(new BigDecimal("3"), r.cell("T2.NORM.VALID").value());
        assertEquals("2 _ _ _ _ _ 2", r.t3("R1"));
    }

    /**
     * A table-二 row with fewer values than columns where the text goes on: the column it left out (here an empty
     * 制发 cell) cannot be told, so the values placed by position are inferred, never certain; at an excerpt's end the
     * row was cut and its printed values stand.
     */
    @Test
    void tableTwoRowShortOfAValueIsInferredUnlessTheTextStopsThere() {
        String header = "第二十条第（一）项\n信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n";
        Read ragged = read(header + "行政规范性文件\t\t6\t3\n第二十条第（五）项\n");
        assertEquals(TableSheet.INFERRED, ragged.cell("T2.NORM.MADE").confidence());
        assertEquals(TableSheet.INFERRED, ragged.cell("T2.NORM.REPEALED").confidence());
        assertEquals(CellSemantic.MISSING, ragged.cell("T2.NORM.VALID").semantic());
        assertThat(ragged.diagnostic("P-MISALIGNED").cells().stream().map(CellRef::id))
                .containsExactly("T2.NORM.MADE", "T2.NORM.REPEALED", "T2.NORM.VALID");

        Read cut = read(header + "行政规范性文件\t0\t6\n");
        assertEquals(new BigDecimal("6"), cut.cell("T2.NORM.REPEALED").value());
        assertEquals(1.0, cut.cell("T2.NORM.REPEALED").confidence());
        assertFalse(cut.codes().contains("P-MISALIGNED"));
    }

    /** Table 四 printed empty: its blank cells are those of the empty row under the header, 14 of them here. */
    @Test
    void tableFourPrintedEmptyHasTheCellsOfItsEmptyRow() {
        String header = "四、政府信息公开行政复议、行政诉讼情况\n行政复议\t行政诉讼\n"
                + "结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\n";
        Read fourteen = read(header + "\t".repeat(13) + "\n五、存在的主要问题及改进情况\n");
        assertEquals("_ _ _ _ _ _ _ _ _ _ _ _ _ _ ?", fourteen.t4());
        assertThat(fourteen.diagnostic("P-MISALIGNED").cells().stream().map(CellRef::id)).containsExactly("T4[LR.TOTAL]");

        Read fifteen = read(header + "\t".repeat(14) + "\n五、存在的主要问题及改进情况\n");
        assertEquals("_ _ _ _ _ _ _ _ _ _ _ _ _ _ _", fifteen.t4());
    }

    /**
     * Table 四's heading followed by section 五 with no header word under it (the table was an image on the page, or
     * the section is prose only): no table was printed, so its cells are not found — not 15 blanks.
     */
    @Test
    void aHeadingWithoutHeaderBeforeSectionFiveIsNoTable() {
        Read r = read("四、政府信息公开行政复议、行政诉讼情况\n\n五、存在的主要问题及改进情况\n");
        assertEquals("? ? ? ? ? ? ? ? ? ? ? ? ? ? ?", r.t4());
        assertTrue(r.reading().diagnostics().stream().anyMatch(d -> d.code().equals("P-TRUNCATED")
                && d.message().contains("table not found") && d.cells().equals(TableFour.CELLS)));

        Read prose = read("四、政府信息公开行政复议、行政诉讼情况\n本年度未发生行政复议、行政诉讼。\n五、存在的主要问题及改进情况\n");
        assertEquals("? ? ? ? ? ? ? ? ? ? ? ? ? ? ?", prose.t4());
    }

    /** A last table-三 row printed empty, then 15 values without heading or header: the row is blank, the values table 四. */
    @Test
    void valuesBelowARowPrintedEmptyAreNotItsOwn() {
        Read r = read("7. 属于行政执法案卷\t\t\t\t\t\t\t\n\n" + "1\t0\t0\t0\t1\t".repeat(3).strip() + "\n");
        assertEquals("_ _ _ _ _ _ _", r.t3("R3.3.7"));
        assertEquals("1 0 0 0 1 1 0 0 0 1 1 0 0 0 1", r.t4());
    }

    /**
     * 14 values under a header of three 总计 (a stray cell, 4。 as OCR reads it, took the first value's place): which
     * value is missing cannot be told, so none is certain — read left to right they would fail RV 3+5+0+12 ≠ 3.
     */
    @Test
    void fourteenValuesUnderAFullHeaderAreInferred() {
        Read r = read("四、政府信息公开行政复议、行政诉讼情况\n"
                + "结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t"
                + "结果维持\t结果纠正\t其他结果\t尚未审结\t总计\n"
                + "4。\t3\t5\t0\t12\t3\t2\t0\t0\t5\t2\t0\t0\t0\t2\n");
        assertEquals(TableSheet.INFERRED, r.cell("T4[RV.MAINTAIN]").confidence());
        assertEquals(TableSheet.INFERRED, r.cell("T4[RV.TOTAL]").confidence());
        assertThat(r.diagnostic("P-MISALIGNED").cells()).hasSize(15);
    }

    /**
     * A figure garbled by a stray mark stands in its own column as a TEXT cell: skipped as a label it shifted the
     * row (自然人 0 read certain, a false T3-BALANCE ERROR). An ordinal split off its label (1、) stays a label.
     */
    @Test
    void aGarbledFirstFigureKeepsItsColumn() {
        Read r = read("一、本年新收政府信息公开申请数量\t\t16。\t0\t0\t0\t0\t0\t16\n"
                + "（三）不予公开\t1、\t属于国家秘密\t0\t0\t0\t0\t0\t0\t0\n");
        assertEquals(CellSemantic.TEXT, r.cell("T3[R1][NAT]").semantic());
        assertEquals("16。", r.cell("T3[R1][NAT]").raw());
        assertEquals(new BigDecimal("16"), r.cell("T3[R1][TOT]").value());
        assertEquals(new BigDecimal("0"), r.cell("T3[R1][COM]").value());
        assertEquals("0 0 0 0 0 0 0", r.t3("R3.3.1"));
    }

    @Test
    void tableTwoRunOfDigitsWithASingleSplitIsRead() {
        // 100 over three counts: 1|0|0 is the only split without leading zeros (10|0 leaves no digit for the third)
        Read r = read("""
                第二十条第（一）项
                信息内容	本年制发件数	本年废止件数	现行有效件数
                规章100
                """);
        assertEquals("1 0 0", Stream.of("MADE", "REPEALED", "VALID").map(c -> r.cell("T2.REG." + c).raw()).collect(joining(" ")));
        assertEquals(SourceSpan.onLine(3, 3, 1), r.cell("T2.REG.MADE").span());
        assertEquals(SourceSpan.onLine(3, 5, 1), r.cell("T2.REG.VALID").span());
        assertEquals(new BigDecimal("0"), r.cell("T2.REG.VALID").value());
        assertFalse(r.codes().contains("P-AMBIGUOUS"));
        assertTrue(r.reading().concatenated());
    }

    @Test
    void tableTwoRunOfDigitsOverASignedChangeIsNeverSplit() {
        // V2019 行政许可: 上一年项目数量, 本年增/减, 处理决定数量 — 101 splits only as 1|0|1, but a change may be negative
        Read r = read("""
                第二十条第（五）项
                信息内容	上一年项目数量	本年增/减	处理决定数量
                行政许可101
                """, FormatVersion.V2019, false);
        assertEquals(CellSemantic.MISSING, r.cell("T2.LICENSE.CHANGE").semantic());
        assertTrue(r.codes().contains("P-AMBIGUOUS"));
    }

    @Test
    void v2019SignedChangesAndMoneyInYuan() {
        Read r = read("""
                第二十条第（五）项
                信息内容	上一年项目数量	本年增/减	处理决定数量
                行政许可	12	+19	30
                行政处罚	5	－15	2
                第二十条第（九）项
                信息内容	采购项目数量	采购总金额
                政府集中采购	2	251000元
                """, FormatVersion.V2019, false);
        assertEquals(new BigDecimal("19"), r.cell("T2.LICENSE.CHANGE").value());
        assertEquals(new BigDecimal("-15"), r.cell("T2.PUNISH.CHANGE").value());
        assertEquals(0, new BigDecimal("25.1").compareTo(r.cell("T2.PROCUREMENT.AMOUNT_WANYUAN").value()));
        assertEquals("251000元", r.cell("T2.PROCUREMENT.AMOUNT_WANYUAN").raw());
    }

    /**
     * A mixed report read as V2019 whose 收费 block kept the 2021 header: the money is not a certain 2019 item count
     * (which gave a false T2-VALUE ERROR) and 本年收费金额 is no spelling of 采购总金额 (which S-LABELS advised).
     */
    @Test
    void tableTwoRowUnderAHeaderOfTheOtherVersionIsInferredAndNoLabelVariant() {
        Read r = read("""
                第二十条第（八）项
                信息内容\t本年收费金额（单位：万元）
                行政事业性收费\t7730.28
                """, FormatVersion.V2019, false);
        Cell items = r.cell("T2.FEE.PREV_ITEMS");
        assertEquals(new BigDecimal("7730.28"), items.value());
        assertEquals(0.6, items.confidence());
        assertEquals("P-MISALIGNED", r.diagnostic("P-MISALIGNED").code());
        assertEquals(List.of("T2.FEE.PREV_ITEMS"), r.diagnostic("P-MISALIGNED").cells().stream().map(CellRef::id).toList());
        assertTrue(r.reading().labelVariants().isEmpty(), r.reading().labelVariants().toString());
    }

    /**
     * A text that ends inside a row label (an excerpt, a download cut short) wrote the start of the label, not a
     * variant of it; the same start with rows after it is one.
     */
    @Test
    void aLabelCutByTheEndOfTheTextIsNoVariant() {
        String rows = "（一）予以公开\t3\t0\t0\t0\t0\t0\t3\n";
        Read cut = read(rows + "（二）部分公开（区\n\n");
        assertTrue(cut.reading().labelVariants().isEmpty(), cut.reading().labelVariants().toString());

        Read written = read(rows + "（二）部分公开（区\t0\t0\t0\t0\t0\t0\t0\n（三）不予公开\t1.属于国家秘密\t0\t0\t0\t0\t0\t0\t0\n");
        assertEquals(List.of("T3[R3.2]"), written.reading().labelVariants().stream().map(LabelVariant::where).toList());
    }

    @Test
    void v2019SingleOtherHandlingRowWithShortLabel() {
        Read r = read("（六） 其他\t0\t0\t0\t0\t0\t1\t1\n（七）总计\t0\t0\t0\t0\t0\t1\t1\n", FormatVersion.V2019, false);
        assertEquals("0 0 0 0 0 1 1", r.t3("R3.6"));
        assertEquals("0 0 0 0 0 1 1", r.t3("R3.7"));
        assertEquals(List.of("T3[R3.6]"), r.reading().labelVariants().stream().map(LabelVariant::where).toList());
    }

    /**
     * An OCR markdown table whose 不予公开 rows were left empty: eight rows with their label and seven empty cells are
     * present rows of blank cells, not missing rows (they gave "表三缺少 8 行").
     */
    @Test
    void markdownRowsWithEveryCellEmptyAreBlankRows() {
        Read r = read("""
                | 三、本年度办理结果 | （一）予以公开 | 4 | 0 | 0 | 0 | 0 | 0 | 4 |
                | | （二）部分公开（区分处理的，只计这一情形，不计其他情形） | 1 | 0 | 0 | 0 | 0 | 0 | 1 |
                | （三）不予公开 | 1.属于国家秘密 | | | | | | | |
                | | 2.其他法律行政法规禁止公开 | | | | | | | |
                | | 3.危及“三安全一稳定” | | | | | | | |
                | | 4.保护第三方合法权益 | | | | | | | |
                | | 5.属于三类内部事务信息 | | | | | | | |
                | | 6.属于四类过程性信息 | | | | | | | |
                | | 7.属于行政执法案卷 | | | | | | | |
                | | 8.属于行政查询事项 | | | | | | | |
                | （四）无法提供 | 1.本机关不掌握相关政府信息 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |
                """);
        assertEquals("4 0 0 0 0 0 4", r.t3("R3.1"));
        for (String row : List.of("R3.3.1", "R3.3.2", "R3.3.3", "R3.3.4", "R3.3.5", "R3.3.6", "R3.3.7", "R3.3.8")) {
            assertEquals("_ _ _ _ _ _ _", r.t3(row), row);
        }
        assertEquals("2 0 0 0 0 0 2", r.t3("R3.4.1"));
        // each blank stands at its own empty cell, just after its pipe: `| （三）不予公开 | 1.属于国家秘密 |` ends at column 22
        assertEquals(SourceSpan.onLine(3, 23, 0), r.cell("T3[R3.3.1][NAT]").span());
        assertEquals(SourceSpan.onLine(3, 35, 0), r.cell("T3[R3.3.1][TOT]").span());
        assertFalse(r.codes().contains("P-MISALIGNED"), r.reading().diagnostics().toString());
    }

    @Test
    void tabRowsWithEveryCellEmptyAreBlankRowsButALabelAloneIsNot() {
        Read r = read("""
                第二十条第（一）项\t\t\t
                信息内容\t本年制发件数\t本年废止件数\t现行有效件数
                规章\t\t\t
                行政规范性文件\t2\t0\t15
                三、收到和处理政府信息公开申请情况
                一、本年新收政府信息公开申请数量\t3\t0\t0\t0\t0\t0\t3
                二、上年结转政府信息公开申请数量\t\t\t\t\t\t\t
                （一）予以公开
                3\t0\t0\t0\t0\t0\t3
                """);
        assertEquals(List.of(CellSemantic.BLANK, CellSemantic.BLANK, CellSemantic.BLANK),
                Stream.of("T2.REG.MADE", "T2.REG.REPEALED", "T2.REG.VALID").map(id -> r.cell(id).semantic()).toList());
        assertEquals(new BigDecimal("15"), r.cell("T2.NORM.VALID").value());
        assertEquals("_ _ _ _ _ _ _", r.t3("R2"));
        // OCR: a label line with nothing after it takes the values of the next line
        assertEquals("3 0 0 0 0 0 3", r.t3("R3.1"));
    }

    @Test
    void tabRowPrintedEmptyKeepsItsCellsBlankAndLeavesTheValuesOfAnUnknownRowBelow() {
        // V2019 Hubei template: an extra table-二 row no catalogue names, below rows printed with their cells empty
        Read r = read("""
                第二十条第（一）项\t\t\t
                信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量
                规章\t\t\t
                规范性文件\t\t\t
                其他文件\t4\t7\t8
                三、收到和处理政府信息公开申请情况
                一、本年新收政府信息公开申请数量\t2\t0\t0\t0\t0\t0\t2
                1.属于国家秘密\t\t\t\t\t\t\t
                某未列明事项\t1\t0\t0\t0\t0\t0\t1
                """, FormatVersion.V2019, false);
        assertEquals(List.of(CellSemantic.BLANK, CellSemantic.BLANK, CellSemantic.BLANK),
                Stream.of("T2.NORM.NEW_MADE", "T2.NORM.NEW_PUBLISHED", "T2.NORM.PUBLISHED_TOTAL").map(id -> r.cell(id).semantic()).toList());
        assertEquals(SourceSpan.onLine(4, 7, 0), r.cell("T2.NORM.NEW_MADE").span());
        assertEquals("2 0 0 0 0 0 2", r.t3("R1"));
        assertEquals("_ _ _ _ _ _ _", r.t3("R3.3.1"));
        assertEquals(List.of(5, 9), r.reading().diagnostics().stream().filter(d -> d.code().equals("P-MISALIGNED"))
                .map(d -> d.span().line()).toList());
    }

    @Test
    void digitsMisreadAsLettersAreTextValuesInTheirColumnsNotLabels() {
        Read r = read("""
                三、收到和处理政府信息公开申请情况
                一、本年新收政府信息公开申请数量\t8\t0\t0\t0\t0\t2\t1O
                二、上年结转政府信息公开申请数量\tO\t0\t0\t0\t0\t0\t0
                （一）予以公开 | l2 | 0 | 0 | 0 | 0 | 〇 | 12 |
                """);
        assertEquals("8 0 0 0 0 2 T:1O", r.t3("R1"));
        assertEquals("T:O 0 0 0 0 0 0", r.t3("R2"));
        assertEquals("T:l2 0 0 0 0 T:〇 12", r.t3("R3.1"));
        assertEquals(1.0, r.cell("T3[R1][OTH]").confidence());
        assertEquals(SourceSpan.onLine(2, 30, 2), r.cell("T3[R1][TOT]").span());
        assertFalse(r.codes().contains("P-MISALIGNED"), r.codes().toString());
    }

    @Test
    void gridRowKeepsATrailingEmptyTotalAsBlank() {
        Read r = read("三、本年度办理结果\t（一）予以公开\t（一）予以公开\t3\t0\t0\t0\t0\t0\t\n", FormatVersion.V2021, true);
        assertEquals("3 0 0 0 0 0 _", r.t3("R3.1"));
    }

    @Test
    void gridRowKeepsAnEmptyFirstApplicantCellAsBlank() {
        Read r = read("一、本年新收政府信息公开申请数量\t\t2\t0\t0\t0\t0\t2\n", FormatVersion.V2021, true);
        assertEquals("_ 2 0 0 0 0 2", r.t3("R1"));
        assertEquals(1.0, r.cell("T3[R1][NAT]").confidence());
        assertEquals(SourceSpan.onLine(1, 18, 0), r.cell("T3[R1][NAT]").span());
        assertEquals(List.of("P-TRUNCATED", "P-TRUNCATED", "P-TRUNCATED"), r.codes());
    }

    @Test
    void gridRowWithEmptyLabelColumnsKeepsItsSevenValues() {
        // label in the first of three label columns, two empty label cells, then an empty 自然人 cell
        Read r = read("（一）予以公开\t\t\t\t3\t0\t0\t0\t0\t3\n", FormatVersion.V2021, true);
        assertEquals("_ 3 0 0 0 0 3", r.t3("R3.1"));
    }

    @Test
    void gridTableTwoRowWithAnEmptyLabelColumn() {
        Read r = read("""
                第二十条第（一）项
                信息内容		本年制发件数	本年废止件数	现行有效件数
                规章		1		5
                """, FormatVersion.V2021, true);
        assertEquals(new BigDecimal("1"), r.cell("T2.REG.MADE").value());
        assertEquals(CellSemantic.BLANK, r.cell("T2.REG.REPEALED").semantic());
        assertEquals(new BigDecimal("5"), r.cell("T2.REG.VALID").value());
    }

    @Test
    void tableFourValuesWithoutHeadingAfterATruncatedTableThree() {
        Read r = read("""
                一、本年新收政府信息公开申请数量\t1\t0\t0\t0\t0\t0\t1

                0\t0\t0\t0\t1\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0
                ---\t---\t---\t---\t---\t---\t---\t---\t---\t---\t---\t---\t---\t---\t---
                """);
        assertEquals("0 0 0 0 1 0 0 0 0 0 0 0 0 0 0", r.t4());
        assertTrue(r.codes().contains("P-TRUNCATED"));
        assertEquals("? ? ? ? ? ? ?", r.t3("R4"));
    }

    @Test
    void unlabelledValuesAreNeverPlacedInARow() {
        Read r = read("三、收到和处理政府信息公开申请情况\n（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\n"
                + "\t7\t0\t0\t0\t0\t0\t7\n");
        assertEquals("? ? ? ? ? ? ?", r.t3("R1"));
        assertTrue(r.codes().contains("P-MISALIGNED"));
    }

    @Test
    void flattenedWebTextWithSeveralRowsOnOneLine() {
        Read r = read("三、收到和处理政府信息公开申请情况\n"
                + "（三）不予公开1.属于国家秘密0 0 0 0 0 002.其他法律行政法规禁止公开1 0 0 0 0 01\n"
                + "（六）其他处理0 0 0 0 0 00（七）总计3 0 0 0 0 03四、结转下年度继续办理0 0 0 0 0 00\n", FormatVersion.V2019, false);
        assertEquals("0 0 0 0 0 0 0", r.t3("R3.3.1"));
        assertEquals("1 0 0 0 0 0 1", r.t3("R3.3.2"));
        assertEquals("0 0 0 0 0 0 0", r.t3("R3.6"));
        assertEquals("3 0 0 0 0 0 3", r.t3("R3.7"));
        assertEquals("0 0 0 0 0 0 0", r.t3("R4"));
        assertEquals("3", r.cell("T3[R3.7][TOT]").raw());
        assertEquals("0", r.cell("T3[R3.7][OTH]").raw());
        assertTrue(r.reading().concatenated());
    }

    /** Flattened text of a page typed in full-width digits: the runs are split as ASCII ones, quoted as written. */
    @Test
    void flattenedWebTextInFullWidthDigits() {
        Read r = read("三、收到和处理政府信息公开申请情况\n"
                + "一、本年新收政府信息公开申请数量３５００１０１３７\n"
                + "（六）其他处理０ ０ ０ ０ ０ ００（七）总计３ ０ ０ ０ ０ ０３\n", FormatVersion.V2019, false);
        assertEquals("35 0 0 1 0 1 37", r.t3("R1"));
        assertEquals("0 0 0 0 0 0 0", r.t3("R3.6"));
        assertEquals("3 0 0 0 0 0 3", r.t3("R3.7"));
        assertEquals("３５", r.cell("T3[R1][NAT]").raw());
        assertEquals(1.0, r.cell("T3[R1][TOT]").confidence());
    }

    @Test
    void ocrMarkdownWithAWrongHeaderMidTableAndALabelSplitOverLines() {
        Read r = read("""
                | （二）部分公开（区分处理的，只计这一情 | | | | | | | |
                | 项目 | 数据1 | 数据2 | 数据3 | 数据4 | 数据5 | 数据6 | 数据7 |
                | 形，不计其他情形） | 2 | 0 | 0 | 0 | 0 | 0 | 2 |
                """);
        assertEquals("2 0 0 0 0 0 2", r.t3("R3.2"));
        assertTrue(r.codes().stream().noneMatch(c -> c.equals("P-MISALIGNED")), r.codes().toString());
    }

    @Test
    void ocrLabelAndValuesOnSeparateLinesWithASplitLabelAndARepeatedHeader() {
        Read r = read("""
                | 一、本年新收政府信息公开申请数量 |
                | 9 | 1 | 0 | 0 | 0 | 0 | 10 |
                | （二）部分公开（区分处理的，只计这一情 |
                | 形，不计其他情形） |
                | 2 | 0 | 0 | 0 | 0 | 0 | 2 |
                | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |
                | 1.属于国家秘密 |
                | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
                """);
        assertEquals("9 1 0 0 0 0 10", r.t3("R1"));
        assertEquals("2 0 0 0 0 0 2", r.t3("R3.2"));
        assertEquals("0 0 0 0 0 0 0", r.t3("R3.3.1"));
    }

    @Test
    void pipeCellsWithEmptyCellsWrittenAsALonePipe() {
        Read r = read("""
                一、本年新收政府信息公开申请数量 |
                |
                |
                |
                |
                |
                |
                0 |
                ||
                二、上年结转政府信息公开申请数量 |
                1 |
                0 |
                0 |
                0 |
                0 |
                0 |
                1 |
                |
                ||
                """);
        assertEquals("_ _ _ _ _ _ 0", r.t3("R1"));
        assertEquals("1 0 0 0 0 0 1", r.t3("R2"));
    }

    @Test
    void aLonePipeAfterEveryCellSeparatesCells() {
        Read r = read("""
                一、本年新收政府信息公开申请数量
                |
                3
                |
                0
                |
                0
                |
                0
                |
                0
                |
                0
                |
                3
                |
                """);
        assertEquals("3 0 0 0 0 0 3", r.t3("R1"));
    }

    @Test
    void aTablePrintedWithoutFiguresHasBlankCells() {
        Read r = read("""
                三、收到和处理政府信息公开申请情况
                自然人
                总计
                一、本年新收政府信息公开申请数量
                二、上年结转政府信息公开申请数量
                四、政府信息公开行政复议、行政诉讼情况
                行政复议
                结果维持
                五、存在的主要问题及改进情况
                """);
        assertEquals("_ _ _ _ _ _ _", r.t3("R1"));
        assertEquals("_ _ _ _ _ _ _", r.t3("R2"));
        assertEquals("? ? ? ? ? ? ?", r.t3("R3.7"));
        assertEquals("_ _ _ _ _ _ _ _ _ _ _ _ _ _ _", r.t4());
    }

    @Test
    void aRowCutAtTheEndOfTheTextIsTruncatedNotMisaligned() {
        Read r = read("""
                一、本年新收政府信息公开申请数量 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |
                二、上年结转政府信息公开申请数量 | 0 | 0 |
                """);
        assertEquals("0 0 ? ? ? ? ?", r.t3("R2"));
        assertTrue(r.codes().contains("P-TRUNCATED"), r.codes().toString());
    }

    @Test
    void tableTwoHeaderWithTheYearInsideIsRecognisedAndAPartialHeaderKeepsTheStatutoryOrder() {
        Read withYear = read("""
                第二十条第（一）项
                信息内容 | 本年（2023）制发件数 | 本年（2023）废止件数 | 现行有效件数 |
                行政规范性文件 | 0 | 1 | 7 |
                """);
        assertEquals("0", withYear.cell("T2.NORM.MADE").value().toPlainString());
        assertEquals("1", withYear.cell("T2.NORM.REPEALED").value().toPlainString());
        Read partial = read("""
                第二十条第（一）项
                信息内容 | 制发 | 废止 | 现行有效件数 |
                行政规范性文件 | 0 | 1 | 7 |
                """);
        assertEquals("0", partial.cell("T2.NORM.MADE").value().toPlainString());
        assertEquals("7", partial.cell("T2.NORM.VALID").value().toPlainString());
    }

    @Test
    void aDigitRunTooLongForARowHoldsTableFourRunOnFromIt() {
        Read r = read("""
                7.属于行政执法案卷 0000000100010000000000
                """);
        assertEquals("0 0 0 0 0 0 0", r.t3("R3.3.7"));
        assertEquals("1 0 0 0 1 0 0 0 0 0 0 0 0 0 0", r.t4());
        assertTrue(r.codes().contains("P-DECODED"), r.codes().toString());
    }

    @Test
    void aTableTwoDigitRunIsReadOnlyTheWayTheNarrativeStatesIt() {
        String text = """
                第二十条第（一）项 信息内容 本年制发件数 本年废止件数 现行有效件数
                行政规范性文件3219
                """;
        Read silent = read(text);
        assertEquals(CellSemantic.MISSING, silent.cell("T2.NORM.VALID").semantic());
        assertThat(silent.diagnostic("P-AMBIGUOUS").message()).contains("3/2/19, 3/21/9, 32/1/9");

        List<String> lines = Arrays.asList(text.split("\n", -1));
        TableReader.Reading stated = TableReader.read(RowGrouper.group(lines, false).rows(), lines, FormatVersion.V2021, false,
                Map.of(CellRef.parse("T2.NORM.VALID"), BigDecimal.valueOf(19)));
        Cell valid = stated.cells().stream().filter(c -> c.ref().id().equals("T2.NORM.VALID")).findFirst().orElseThrow();
        Cell made = stated.cells().stream().filter(c -> c.ref().id().equals("T2.NORM.MADE")).findFirst().orElseThrow();
        assertEquals(0, valid.value().compareTo(BigDecimal.valueOf(19)));
        assertEquals(0, made.value().compareTo(BigDecimal.valueOf(3)));
        assertFalse(valid.isCertain());
    }
}
