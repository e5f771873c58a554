package nianbao.notify.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import nianbao.events.AgencyLevel;

class AgencyCsvTest {

    private static AgencyCsv.Parsed parse(String text) {
        return AgencyCsv.parse(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aHeaderQuotedCommasChineseLevelNamesAndAMissingParentAreRead() {
        AgencyCsv.Parsed parsed = parse("""
                机关编号,机关名称,行政区划代码,层级,上级政府
                hongze-gov-office,淮安市洪泽区人民政府办公室,320813,县级政府部门,淮安市洪泽区人民政府
                "gaoliang-street","高良涧街道办事处","320813",TOWNSHIP,"淮安市洪泽区人民政府, 高良涧"
                huaian-gov,淮安市人民政府,320800,city_government
                """);
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.agencies()).containsExactly(
                new AgencyDraft("hongze-gov-office", "淮安市洪泽区人民政府办公室", "320813", AgencyLevel.COUNTY_DEPARTMENT,
                        "淮安市洪泽区人民政府"),
                new AgencyDraft("gaoliang-street", "高良涧街道办事处", "320813", AgencyLevel.TOWNSHIP,
                        "淮安市洪泽区人民政府, 高良涧"),
                new AgencyDraft("huaian-gov", "淮安市人民政府", "320800", AgencyLevel.CITY_GOVERNMENT, null));
    }

    @Test
    void everyBadLineIsNamedWithItsFieldAndReasonAndNothingIsReturnedToImport() {
        AgencyCsv.Parsed parsed = parse("""
                hongze-gov-office,淮安市洪泽区人民政府办公室,320813,县级政府部门,淮安市洪泽区人民政府

                gaoliang-street,高良涧街道办事处,32081,乡镇
                Bad_Id,,320813,区级部门
                hongze-gov-office,重复的机关,320813,县级政府部门
                only,three,cells
                """);
        assertThat(parsed.agencies()).isEmpty();
        assertThat(parsed.problems()).containsExactly(
                new FieldProblem(3, "regionCode", "行政区划代码", "「32081」不是 6 位数字的行政区划代码"),
                new FieldProblem(4, "id", "机关编号", "「Bad_Id」须为 2–63 位小写字母、数字或连字符（-），以字母或数字开头"),
                new FieldProblem(4, "name", "机关名称", "不能为空"),
                new FieldProblem(4, "level", "机关层级",
                        "「区级部门」不是可用的层级（如“县级政府部门”“乡镇人民政府、街道办事处”或 COUNTY_DEPARTMENT）"),
                new FieldProblem(5, "id", "机关编号", "「hongze-gov-office」与第 1 行重复"),
                new FieldProblem(6, "file", "整行",
                        "应为 4 或 5 列（机关编号, 机关名称, 行政区划代码, 机关层级, 上级政府），实为 3 列"));
    }

    @Test
    void aQuotedLineBreakKeepsTheNumbersOfTheLinesAfterIt() {
        AgencyCsv.Parsed parsed = parse("a1,\"名称\n第二行\",320813,乡镇\r\nb2,名称,3208,乡镇\r\n");
        assertThat(parsed.problems()).containsExactly(
                new FieldProblem(3, "regionCode", "行政区划代码", "「3208」不是 6 位数字的行政区划代码"));
    }

    @Test
    void anUnclosedQuoteNamesTheLineItOpensOn() {
        assertThat(parse("a1,名称,320813,乡镇\nb2,\"名称,320813,乡镇\n").problems()).containsExactly(
                new FieldProblem(2, "file", "文件", "引号未闭合：从第 2 行起的引号直到文件末尾都没有结束"));
    }

    @Test
    void aSpreadsheetsGb18030FileAndAUtf8BomAreBothRead() {
        String line = "jinhai-town,启东高新区（近海镇）,320681,乡镇人民政府、街道办事处\n";
        assertThat(AgencyCsv.parse(line.getBytes(Charset.forName("GB18030"))).agencies())
                .extracting(AgencyDraft::name).containsExactly("启东高新区（近海镇）");
        assertThat(AgencyCsv.parse(("\uFEFF" + line).getBytes(StandardCharsets.UTF_8)).agencies())
                .extracting(AgencyDraft::id).containsExactly("jinhai-town");
    }

    @Test
    void anEmptyFileIsRefused() {
        assertThat(parse("id,name,regionCode,level\n\n").problems())
                .isEqualTo(List.of(new FieldProblem(0, "file", "文件", "文件中没有机关")));
    }
}
