package nianbao.parse.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import nianbao.report.ContainerType;
import nianbao.report.Layout;
import org.junit.jupiter.api.Test;

class HtmlExtractionTest {

    private final DocumentExtractor extractor = new DocumentExtractor();

    private static final String PAGE = """
            <!DOCTYPE html>
            <html><head><title>页面标题</title><style>td { color: red }</style>
            <script>var label = "一、本年新收政府信息公开申请数量 99";</script></head>
            <body>
            <h1>某区2022年政府信息公开工作年度报告</h1>
            <div class="info"><span>发布时间：2023-01-20</span>&nbsp;&nbsp;<span>来源：区政府办</span></div>
            <noscript>请启用脚本</noscript>
            <p>　　一、总体情况</p><p>共收到申请<b>16</b>件。</p>
            <table border="1">
              <tr><td colspan="3" rowspan="2">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td>
                  <td colspan="2">申请人情况</td></tr>
              <tr><td>自然人</td><td><p>社会公益</p><p>组织</p></td></tr>
              <tr><td colspan="3">一、本年新收政府信息公开申请数量</td><td>16</td><td>&nbsp;</td></tr>
              <tr><td rowspan="2">三、本年度办理结果</td><td colspan="2">（一）予以公开</td><td>3</td><td></td></tr>
              <tr><td>（三）不予<br>公开</td><td>1.属于国家秘密</td><td>0</td><td> 0 </td></tr>
            </table>
            <script>document.write("不属于报告");</script>
            </body></html>
            """;

    @Test
    void tablesBecomeGridRowsWithSpansRepeatedAndBlanksKept() {
        ExtractedText extracted = extractor.extract(PAGE.getBytes(StandardCharsets.UTF_8), "report.html", "text/html");

        assertThat(extracted.container()).isEqualTo(ContainerType.HTML);
        assertThat(extracted.gridLayout()).isEqualTo(Layout.HTML_TABLE);
        String note = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";
        String r1 = "一、本年新收政府信息公开申请数量";
        assertThat(extracted.text().split("\n")).containsExactly(
                "某区2022年政府信息公开工作年度报告",
                "发布时间：2023-01-20 来源：区政府办",
                "一、总体情况",
                "共收到申请16件。",
                note + "\t" + note + "\t" + note + "\t申请人情况\t申请人情况",
                note + "\t" + note + "\t" + note + "\t自然人\t社会公益 组织",
                r1 + "\t" + r1 + "\t" + r1 + "\t16\t",
                "三、本年度办理结果\t（一）予以公开\t（一）予以公开\t3\t",
                "三、本年度办理结果\t（三）不予 公开\t1.属于国家秘密\t0\t0");
    }

    @Test
    void hiddenTextAndWordsColumnWidthRowAreLeftOut() {
        String page = """
                <p>共收到申请<span style="DISPLAY: none">99</span>16件。</p><div hidden>隐藏段落</div>
                <table>
                  <tr><td>一、本年新收政府信息公开申请数量</td><td style="display:none">99</td><td>16<span style="visibility:hidden">9</span></td></tr>
                  <tr height="0"><td width="59" style="border:none"></td><td width="40" style="border:none"></td></tr>
                </table>
                """;

        ExtractedText extracted = extractor.extract(page.getBytes(StandardCharsets.UTF_8), "r.html", null);

        assertThat(extracted.text()).isEqualTo("共收到申请16件。\n一、本年新收政府信息公开申请数量\t16");
    }

    @Test
    void wordSaveAsHtmlMarkupIsReadLikePlainMarkup() {
        String page = """
                <html xmlns:o="urn:schemas-microsoft-com:office:office"><head><!--[if gte mso 9]><xml><o:DocumentProperties>
                <o:Author>某某</o:Author></o:DocumentProperties></xml><![endif]--></head><body lang=ZH-CN>
                <p class=MsoNormal><span style='font-family:仿宋_GB2312'>五、存在的主要问题<o:p></o:p></span></p>
                <table class=MsoNormalTable border=1>
                 <tr style='mso-yfti-irow:0'><td width=200 rowspan=2 style='mso-border-alt:solid windowtext .5pt'>
                  <p class=MsoNormal align=center><span lang=EN-US>（一）<o:p></o:p></span><span>予以公开</span></p></td>
                  <td><p class=MsoNormal align=center><span lang=EN-US>3<o:p></o:p></span></p></td></tr>
                 <tr><td><p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p></td></tr>
                 <![if !supportMisalignedColumns]>
                 <tr height=0><td width=200 style='border:none'></td><td width=40 style='border:none'></td></tr>
                 <![endif]>
                </table></body></html>
                """;

        ExtractedText extracted = extractor.extract(page.getBytes(StandardCharsets.UTF_8), "r.htm", null);

        assertThat(extracted.text()).isEqualTo("五、存在的主要问题\n（一）予以公开\t3\n（一）予以公开\t");
    }

    @Test
    void gbkPageWithoutCharsetDeclarationDecodes() {
        String page = "<html><body><p>二、主动公开政府信息情况</p><table><tr><td>规章</td><td>0</td></tr></table></body></html>";

        ExtractedText extracted = extractor.extract(page.getBytes(Charset.forName("GBK")), "r.htm", null);

        assertThat(extracted.text()).isEqualTo("二、主动公开政府信息情况\n规章\t0");
    }

    @Test
    void layoutTableAroundTheArticleIsReadAsBlocksAndItsDataTableAsGrid() {
        String page = """
                <html><body><table width="100%"><tr><td>导航</td><td>
                  <div>四、政府信息公开行政复议、行政诉讼情况</div>
                  <table><tr><td colspan="2">行政复议</td></tr><tr><td>维持</td><td>总计</td></tr><tr><td>4</td><td>12</td></tr></table>
                  <p>五、存在的主要问题及改进情况</p>
                </td></tr></table></body></html>
                """;

        ExtractedText extracted = extractor.extract(page.getBytes(StandardCharsets.UTF_8), "r.html", "text/html");

        assertThat(extracted.text().split("\n")).containsExactly(
                "导航", "四、政府信息公开行政复议、行政诉讼情况", "行政复议\t行政复议", "维持\t总计", "4\t12",
                "五、存在的主要问题及改进情况");
    }

    @Test
    void pageWithoutTablesHasNoGridLayout() {
        ExtractedText extracted = extractor.extract(
                "<html><body><p>六、其他需要报告的事项</p></body></html>".getBytes(StandardCharsets.UTF_8), "r.html", null);

        assertThat(extracted).isEqualTo(new ExtractedText(ContainerType.HTML, "六、其他需要报告的事项", null));
    }

    @Test
    void hostileSpansAreCappedAndRowSpansStopAtTheLastRow() {
        String page = "<table><tr><td rowspan=\"65534\">甲</td><td colspan=\"3abc\">乙</td></tr><tr><td>1</td></tr></table>";

        ExtractedText extracted = extractor.extract(page.getBytes(StandardCharsets.UTF_8), "r.html", null);

        assertThat(extracted.text()).isEqualTo("甲\t乙\t乙\t乙\n甲\t1");
    }

    @Test
    void columnSpanIsCappedAtTheHtmlMaximum() {
        String page = "<table><tr><td colspan=\"100000\">宽</td></tr></table>";

        ExtractedText extracted = extractor.extract(page.getBytes(StandardCharsets.UTF_8), "r.html", null);

        assertThat(extracted.text()).isEqualTo("宽" + "\t宽".repeat(TableGrid.MAX_SPAN - 1));
    }
}
