package nianbao.schemas.serde;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nianbao.events.Agency;
import nianbao.events.AgencyLevel;
import nianbao.events.CellSemantic;
import nianbao.events.ContainerType;
import nianbao.events.FormatVersion;
import nianbao.events.LabelVariantRecord;
import nianbao.events.NarrativeFactRecord;
import nianbao.events.ParseDiagnostic;
import nianbao.events.ParseOutcome;
import nianbao.events.ReportParsed;
import nianbao.events.ReportSection;
import nianbao.events.SourceSpan;
import nianbao.events.StatTable;
import nianbao.events.TableCell;
import nianbao.events.TableLayout;

/**
 * A report-parsed event of the size a real V2021 report gives (parse-service on the samples): 230 cells of tables
 * 二/三/四, 40 narrative facts with their quotes, 6 sections, 10 label variants, 3 diagnostics and 20 KB of normalised
 * text, mostly CJK.
 */
public final class TypicalReportParsed {

    static final int CELLS = 230;
    static final int FACTS = 40;
    static final int TEXT_BYTES = 20 * 1024;

    private TypicalReportParsed() {
    }

    public static ReportParsed event() {
        List<TableCell> cells = new ArrayList<>(CELLS);
        for (int i = 0; i < CELLS; i++) {
            StatTable table = i < 24 ? StatTable.T2 : i < 215 ? StatTable.T3 : StatTable.T4;
            String value = Integer.toString(i * 7 % 113);
            cells.add(new TableCell(table, "R" + (i / 7 + 1) + "." + (i % 3 + 1), "C" + (i % 7), value, value,
                    CellSemantic.NUMBER, span(40 + i / 7, 10 + i % 7 * 4, 3), 1.0));
        }
        List<NarrativeFactRecord> facts = new ArrayList<>(FACTS);
        for (int i = 0; i < FACTS; i++) {
            facts.add(new NarrativeFactRecord("APPLICATIONS_RECEIVED", Integer.toString(i * 3),
                    i % 4 == 0 ? List.of("1", "2") : List.of(), i % 5 == 0 ? "年度" : null,
                    "本年度共收到政府信息公开申请" + i * 3 + "件，其中自然人申请" + i + "件，均已按时答复。", span(20 + i, 1, 38), true));
        }
        List<ReportSection> sections = new ArrayList<>();
        // the six statutory sections by report-model's SectionId names (schemas does not depend on report-model): an
        // id the validator does not know is left out with a warning per event, which would flood a replay benchmark
        for (String id : List.of("OVERVIEW", "ACTIVE_DISCLOSURE", "APPLICATIONS", "REVIEW_LITIGATION", "PROBLEMS",
                "OTHER_MATTERS")) {
            sections.add(new ReportSection(id, "一、总体情况", true, span(sections.size() * 30 + 1, 1, 6)));
        }
        List<LabelVariantRecord> labels = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            labels.add(new LabelVariantRecord("T3", "（一）予以公开 " + i, "予以公开", span(60 + i, 1, 8)));
        }
        List<ParseDiagnostic> diagnostics = List.of(
                new ParseDiagnostic("P-DECODED", "第三行的数字由行合计拆分得到", span(70, 1, 30), List.of("T3[R3.1][NAT]", "T3[R3.1][TOT]")),
                new ParseDiagnostic("P-AMBIGUOUS", "表四的数字可有两种读法", span(90, 1, 30), List.of("T4[RV.TOTAL]")),
                new ParseDiagnostic("P-TRUNCATED", "表三最后一行在文末被截断", span(99, 1, 12), List.of()));
        return ReportParsed.newBuilder()
                .setSubmissionId("4b0c7a3e-0000-4000-8000-000000000001")
                .setAgency(new Agency("longting-gov-office", "龙亭区人民政府办公室", "410202", AgencyLevel.COUNTY_DEPARTMENT,
                        "开封市龙亭区人民政府"))
                .setReportYear(2022)
                .setParserVersion("2026.1")
                .setOutcome(ParseOutcome.PARSED)
                .setFormatVersion(FormatVersion.V2021)
                .setContainer(ContainerType.TEXT)
                .setLayout(TableLayout.TAB)
                .setSections(sections)
                .setCells(cells)
                .setNarrativeFacts(facts)
                .setLabelVariants(labels)
                .setPublishedOn(LocalDate.of(2023, 1, 20))
                .setDiagnostics(diagnostics)
                .setText(text())
                .setSubmittedAt(Instant.parse("2023-01-21T08:00:00Z"))
                .setSubmissionPublishedOn(LocalDate.of(2023, 1, 20))
                .setParsedAt(Instant.parse("2023-01-21T08:00:01Z"))
                .build();
    }

    /** Lines of report prose and TAB-separated table rows until {@link #TEXT_BYTES} bytes of UTF-8. */
    private static String text() {
        StringBuilder text = new StringBuilder();
        int line = 0;
        while (text.toString().getBytes(StandardCharsets.UTF_8).length < TEXT_BYTES) {
            text.append(line % 3 == 0 ? "（一）予以公开\t" + line + "\t0\t1\t0\t0\t0\t" + (line + 1)
                    : "本年度，我办认真贯彻落实《中华人民共和国政府信息公开条例》，主动公开政府信息" + line + "条。").append('\n');
            line++;
        }
        return text.toString();
    }

    private static SourceSpan span(int line, int column, int length) {
        return new SourceSpan(line, column, line, column + length);
    }
}
