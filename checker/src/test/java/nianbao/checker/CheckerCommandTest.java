package nianbao.checker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nianbao.report.ReportRecognition;
import nianbao.report.testing.SampleReports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The command line: folders, table and JSON output, exit codes. */
class CheckerCommandTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Checker.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The JSON output read back. */
    private JsonNode json() {
        return JSON.readTree(out());
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
        JsonNode reports = json().get("reports");
        assertThat(reports).hasSize(1);
        JsonNode kunwu = reports.get(0);
        assertThat(kunwu.propertyNames()).containsExactly("file", "report", "agency", "year", "level", "formatVersion",
                "ruleSetVersion", "verdict", "keyFigures", "findings");
        assertThat(kunwu.get("file").stringValue()).isEqualTo(SampleReports.directory().resolve("kunwu-office-2020.txt").toString());
        assertThat(kunwu.get("report").booleanValue()).isTrue();
        // 昆吾办 names no division: the agency and its level are unknown, not guessed
        assertThat(kunwu.get("agency").isNull()).isTrue();
        assertThat(kunwu.get("year").intValue()).isEqualTo(2020);
        assertThat(kunwu.get("level").stringValue()).isEqualTo("UNKNOWN");
        assertThat(kunwu.get("formatVersion").stringValue()).isEqualTo("V2019");
        assertThat(kunwu.get("ruleSetVersion").stringValue()).isEqualTo("2026.1");
        assertThat(kunwu.get("verdict").stringValue()).isEqualTo("INCOMPLETE");
        // table 三 all 0; table 四 has 14 values, its last 总计 is missing (domain spec §9.2)
        assertThat(kunwu.get("keyFigures").propertyNames()).containsExactly("T3[R1][TOT]", "T3[R2][TOT]", "T3[R3.7][TOT]",
                "T3[R4][TOT]", "T4[RV.TOTAL]", "T4[LD.TOTAL]", "T4[LR.TOTAL]");
        assertThat(kunwu.get("keyFigures")).isEqualTo(JSON.readTree("""
                {"T3[R1][TOT]": 0, "T3[R2][TOT]": 0, "T3[R3.7][TOT]": 0, "T3[R4][TOT]": 0,
                 "T4[RV.TOTAL]": 0, "T4[LD.TOTAL]": 0, "T4[LR.TOTAL]": null}"""));

        JsonNode findings = kunwu.get("findings");
        assertThat(findings.valueStream().map(f -> f.get("outcome").stringValue())).doesNotContain("PASS");
        // the violations of domain spec §9.2: decisions without items twice, the short rows of 三 and 四, no period
        assertThat(findings.valueStream().filter(f -> f.get("outcome").stringValue().equals("FAIL"))
                .map(f -> f.get("ruleId").stringValue() + " " + f.get("severity").stringValue()))
                .containsExactlyInAnyOrder("T2-V19-ITEMS-DECISIONS WARNING", "T2-V19-ITEMS-DECISIONS WARNING",
                        "T3-SHAPE WARNING", "T3-BLANK INFO", "T4-SHAPE WARNING", "S-PERIOD INFO", "S-LABELS INFO");
        assertThat(findings.valueStream().filter(f -> f.get("ruleId").stringValue().matches("T2-V19-ITEMS-DECISIONS|T4-SHAPE"))
                .map(f -> f.get("actual").stringValue())).containsExactly("14/15", "73", "10");

        // 行政许可 on line 41: 行政许可⇥0⇥0⇥73, columns 1-based, end exclusive
        JsonNode license = findings.valueStream().filter(f -> f.get("ruleId").stringValue().equals("T2-V19-ITEMS-DECISIONS")).findFirst().orElseThrow();
        assertThat(license.propertyNames()).containsExactly("ruleId", "outcome", "severity", "formula", "operands", "expected",
                "actual", "messageZh", "messageEn", "attribution", "quote", "fingerprint");
        assertThat(license.get("operands")).isEqualTo(JSON.readTree("""
                [{"id": "T2.LICENSE.PREV_ITEMS", "value": 0, "raw": "0", "span": "41:6-7"},
                 {"id": "T2.LICENSE.CHANGE", "value": 0, "raw": "0", "span": "41:8-9"},
                 {"id": "T2.LICENSE.DECISIONS", "value": 73, "raw": "73", "span": "41:10-12"}]"""));
        assertThat(license.get("expected").stringValue()).isEqualTo("0");
        assertThat(license.get("attribution").stringValue()).isEqualTo("REPORT");
        assertThat(license.get("quote").stringValue()).isEqualTo("行政许可\t0\t0\t73");
        assertThat(license.get("fingerprint").stringValue()).hasSize(64);
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
        JsonNode empty = json().get("reports").get(0);
        assertThat(empty.get("agency").isNull()).isTrue();
        assertThat(empty.get("year").intValue()).isEqualTo(2022);
        assertThat(empty.get("verdict").stringValue()).isEqualTo("INCOMPLETE");
        assertThat(empty.get("findings")).hasSize(1);
        JsonNode unreadable = empty.get("findings").get(0);
        assertThat(unreadable.get("ruleId").stringValue()).isEqualTo("P-UNREADABLE");
        assertThat(unreadable.get("outcome").stringValue()).isEqualTo("NOT_ASSESSABLE");
        assertThat(unreadable.get("attribution").stringValue()).isEqualTo("PARSER");
        assertThat(unreadable.get("actual").stringValue()).startsWith("EMPTY:");
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
        JsonNode longting = json().get("reports").get(0);
        assertThat(longting.get("agency").isNull()).isTrue();
        assertThat(longting.get("level").stringValue()).isEqualTo("UNKNOWN");
        assertThat(longting.get("findings").valueStream().filter(f -> f.get("ruleId").stringValue().equals("S-TITLE"))
                .map(f -> f.get("messageZh").stringValue()))
                .containsExactly("标题含年度和规范名称；机关全称无法确定：标题、首句、发布机构和落款均未载明可确定的机关全称，未核对标题中的机关名称。");
        assertThat(out()).doesNotContain("report-2022\"", "“report");
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
        JsonNode oneByte = json().get("reports").get(0);
        assertThat(oneByte.get("report").booleanValue()).isFalse();
        assertThat(oneByte.get("agency").isNull()).isTrue();
        assertThat(oneByte.get("year").isNull()).isTrue();
        assertThat(oneByte.get("verdict").stringValue()).isEqualTo("INCOMPLETE");
        assertThat(oneByte.get("keyFigures").valueStream()).hasSize(7).allMatch(JsonNode::isNull);
        assertThat(oneByte.get("findings")).hasSize(1);
        JsonNode reason = oneByte.get("findings").get(0);
        assertThat(reason.get("ruleId").stringValue()).isEqualTo("P-NOT-A-REPORT");
        assertThat(reason.get("outcome").stringValue()).isEqualTo("NOT_ASSESSABLE");
        assertThat(reason.get("severity").stringValue()).isEqualTo("INFO");
        assertThat(reason.get("actual").stringValue()).isEqualTo(ReportRecognition.NOT_A_REPORT_ZH);
        assertThat(reason.get("operands")).isEmpty();
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
