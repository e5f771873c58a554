package nianbao.checker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nianbao.report.AgencyLevel;
import nianbao.report.testing.SampleReports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line: folders, table and JSON output, exit codes. */
class CheckerCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Checker.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void checksAFolderOfSamplesAndExitsZeroWithoutErrorViolations() {
        int code = run(SampleReports.directory().toString());

        assertThat(code).isZero();
        assertThat(out()).contains("== " + SampleReports.directory().resolve("chaoyang-business-env-bureau-2023.txt"))
                .contains("机关 锦屏街道 · 2022 年度 · TOWNSHIP · 格式 V2021 · 规则集 2026.1")
                .contains("违规     WARNING T2-V19-ITEMS-DECISIONS")
                .contains("原文: 行政许可\t0\t0\t73")
                .contains("结论: 未能完整检查 (INCOMPLETE)");
    }

    @Test
    void printsJsonWithTheFindingsAsPublished() {
        int code = run("--json", SampleReports.directory().resolve("kunwu-office-2020.txt").toString());

        assertThat(code).isZero();
        assertThat(out()).startsWith("{\"reports\":[{\"file\":").contains("\"agency\":\"昆吾办\"", "\"year\":2020",
                "\"level\":\"TOWNSHIP\"", "\"formatVersion\":\"V2019\"", "\"verdict\":\"INCOMPLETE\"", "\"T4[LR.TOTAL]\":null",
                "{\"ruleId\":\"T2-V19-ITEMS-DECISIONS\",\"outcome\":\"FAIL\",\"severity\":\"WARNING\"",
                "{\"id\":\"T2.LICENSE.DECISIONS\",\"value\":73,\"raw\":\"73\"")
                .doesNotContain("\"outcome\":\"PASS\"");
    }

    @Test
    void exitsOneWhenAReportHasAnErrorViolation(@TempDir Path dir) throws IOException {
        String wrong = Samples.edit(Samples.text("jinping-street-2022"), 330, "\t5", "\t6");
        Files.writeString(dir.resolve("jinping-street-2022.txt"), wrong, StandardCharsets.UTF_8);

        assertThat(run("--level", "TOWNSHIP", dir.toString())).isEqualTo(1);
        assertThat(out()).contains("结论: 不通过 (FAIL)").contains("违规     ERROR   T3-BALANCE");
    }

    @Test
    void reportsAnUnreadableDocumentAsNotCheckable(@TempDir Path dir) throws IOException {
        Files.write(dir.resolve("empty-agency-2022.txt"), new byte[0]);

        assertThat(run("--json", dir.toString())).isZero();
        assertThat(out()).contains("\"agency\":\"empty-agency\"", "\"year\":2022", "\"verdict\":\"INCOMPLETE\"",
                "{\"ruleId\":\"P-UNREADABLE\",\"outcome\":\"NOT_ASSESSABLE\"", "\"attribution\":\"PARSER\"")
                .contains("\"actual\":\"EMPTY:");
    }

    @Test
    void exitsTwoOnAUsageError() {
        assertThat(run()).isEqualTo(2);
        assertThat(run("--level", "VILLAGE", "x.txt")).isEqualTo(2);
        assertThat(run("/no/such/folder")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no such file or folder: /no/such/folder").contains("usage:");
    }

    @Test
    void infersTheLevelFromTheAgencysName() {
        assertThat(ReportIdentity.levelOf("锦屏街道")).isEqualTo(AgencyLevel.TOWNSHIP);
        assertThat(ReportIdentity.levelOf("高新区（近海镇）")).isEqualTo(AgencyLevel.TOWNSHIP);
        assertThat(ReportIdentity.levelOf("昆吾办")).isEqualTo(AgencyLevel.TOWNSHIP);
        assertThat(ReportIdentity.levelOf("政府办公室")).isEqualTo(AgencyLevel.COUNTY_DEPARTMENT);
        assertThat(ReportIdentity.levelOf("朝阳市营商环境建设局")).isEqualTo(AgencyLevel.CITY_DEPARTMENT);
        assertThat(ReportIdentity.levelOf("开封市人民政府")).isEqualTo(AgencyLevel.CITY_GOVERNMENT);
        assertThat(ReportIdentity.levelOf("龙亭区人民政府")).isEqualTo(AgencyLevel.COUNTY_GOVERNMENT);
        assertThat(ReportIdentity.levelOf("河南省人民政府")).isEqualTo(AgencyLevel.PROVINCIAL_GOVERNMENT);
        assertThat(ReportIdentity.levelOf("some-agency")).isEqualTo(AgencyLevel.UNKNOWN);
    }
}
