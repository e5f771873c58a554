package nianbao.checker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
        // 昆吾办 names no division: the agency and its level are unknown, not guessed
        assertThat(out()).startsWith("{\"reports\":[{\"file\":").contains("\"agency\":null", "\"year\":2020",
                "\"level\":\"UNKNOWN\"", "\"formatVersion\":\"V2019\"", "\"verdict\":\"INCOMPLETE\"", "\"T4[LR.TOTAL]\":null",
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
        assertThat(out()).contains("\"agency\":null", "\"year\":2022", "\"verdict\":\"INCOMPLETE\"",
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

    /** Class 7 of issue 9: a title without the agency's name; the name is the signature's, never the file's. */
    @Test
    void takesTheAgencyFromTheSignatureWhenTheTitleLacksIt(@TempDir Path dir) throws IOException {
        String text = Samples.text("chaoyang-business-env-bureau-2023");
        String untitled = text.replace("现公布朝阳市营商环境建设局2023年度", "现公布2023年度");
        assertThat(untitled).isNotEqualTo(text);
        Files.writeString(dir.resolve("report-2023.txt"), untitled, StandardCharsets.UTF_8);

        run("--all", dir.toString());
        assertThat(out()).contains("机关 朝阳市营商环境建设局 · 2023 年度 · CITY_DEPARTMENT")
                .contains("S-TITLE                    标题“2023年度政府信息公开工作报告”未含机关全称“朝阳市营商环境建设局”");
        assertThat(out().replace("== " + dir.resolve("report-2023.txt"), "")).doesNotContain("report-2023");
    }

    @Test
    void saysSoWhenTheReportNamesNoAgencyItCanPlace(@TempDir Path dir) throws IOException {
        Files.write(dir.resolve("report-2022.txt"), SampleReports.bytes(SampleReports.LONGTING));

        run(dir.toString());
        assertThat(out()).contains("机关 （报告未载明，未能确定） · 2022 年度 · UNKNOWN");
        out.reset();

        run("--json", dir.toString());
        assertThat(out()).contains("\"agency\":null", "\"level\":\"UNKNOWN\"",
                "\"messageZh\":\"标题含年度和规范名称；机关全称无法确定：标题、首句、发布机构和落款均未载明可确定的机关全称，未核对标题中的机关名称。\"")
                .doesNotContain("report-2022\"", "“report");
    }

    /** Class 8 of issue 9: a greeting is no report; it gets no findings but the reason, and exit code 3. */
    @Test
    void aFileThatIsNoReportIsSaidToBeNoneWithExitCodeThree(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("hello.txt"), "你好，这不是年度报告。", StandardCharsets.UTF_8);

        assertThat(run(dir.toString())).isEqualTo(3);
        assertThat(out()).isEqualTo("== " + dir.resolve("hello.txt") + "\n"
                + "   不是年度报告: 文件不是政府信息公开工作年度报告：未找到“一、总体情况”等任何法定章节标题，未读到表二、表三、表四的任何数据，"
                + "也没有“××××年政府信息公开工作年度报告”标题\n\n");
    }

    @Test
    void aFileThatIsNoReportInJsonHasOnlyTheReason(@TempDir Path dir) throws IOException {
        Files.write(dir.resolve("one-byte.txt"), new byte[] {'a'});

        assertThat(run("--json", dir.toString())).isEqualTo(3);
        assertThat(out()).contains("\"report\":false", "\"agency\":null", "\"year\":null", "\"verdict\":\"INCOMPLETE\"",
                "{\"ruleId\":\"P-NOT-A-REPORT\",\"outcome\":\"NOT_ASSESSABLE\",\"severity\":\"INFO\"");
    }

    /** An ERROR violation in a real report decides the exit code over a file that is no report. */
    @Test
    void anErrorViolationOutranksAFileThatIsNoReport(@TempDir Path dir) throws IOException {
        String wrong = Samples.edit(Samples.text("jinping-street-2022"), 330, "\t5", "\t6");
        Files.writeString(dir.resolve("jinping-street-2022.txt"), wrong, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("hello.txt"), "你好", StandardCharsets.UTF_8);

        assertThat(run("--level", "TOWNSHIP", dir.toString())).isEqualTo(1);
    }
}
