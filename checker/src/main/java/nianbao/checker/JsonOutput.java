package nianbao.checker;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import nianbao.checker.CheckerEngine.CheckedReport;
import nianbao.validate.engine.Finding;
import nianbao.validate.engine.Operand;
import nianbao.validate.engine.Outcome;

/**
 * The findings as JSON for tools: one object per file, the findings as the services publish them; {@code report} is
 * false for a file that is not an annual report (its one finding, P-NOT-A-REPORT, says why).
 */
final class JsonOutput {

    private JsonOutput() {
    }

    static void print(PrintStream out, List<CheckedReport> reports, boolean all) {
        StringBuilder json = new StringBuilder("{\"reports\":[");
        for (int i = 0; i < reports.size(); i++) {
            CheckedReport r = reports.get(i);
            if (i > 0) json.append(',');
            json.append("{\"file\":").append(str(r.fileName()))
                    .append(",\"report\":").append(!r.notAReport())
                    .append(",\"agency\":").append(str(r.context().agencyName()))
                    // a file that is no report may have no year: 0 in its context
                    .append(",\"year\":").append(r.context().reportYear() == 0 ? "null" : r.context().reportYear())
                    .append(",\"level\":").append(str(r.context().level().name()))
                    .append(",\"formatVersion\":").append(r.report() == null ? "null" : str(r.report().version().name()))
                    .append(",\"ruleSetVersion\":").append(str(r.validation().ruleSetVersion()))
                    .append(",\"verdict\":").append(str(r.validation().verdict().name()))
                    .append(",\"keyFigures\":").append(figures(r.validation().keyFigures()))
                    .append(",\"findings\":[");
            List<Finding> shown = r.validation().findings().stream().filter(f -> all || f.outcome() != Outcome.PASS).toList();
            for (int j = 0; j < shown.size(); j++) {
                if (j > 0) json.append(',');
                finding(json, shown.get(j));
            }
            json.append("]}");
        }
        out.println(json.append("]}"));
    }

    private static void finding(StringBuilder json, Finding f) {
        json.append("{\"ruleId\":").append(str(f.ruleId()))
                .append(",\"outcome\":").append(str(f.outcome().name()))
                .append(",\"severity\":").append(str(f.severity().name()))
                .append(",\"formula\":").append(str(f.formula()))
                .append(",\"operands\":[");
        for (int k = 0; k < f.operands().size(); k++) {
            Operand o = f.operands().get(k);
            if (k > 0) json.append(',');
            json.append("{\"id\":").append(str(o.id())).append(",\"value\":").append(number(o.value()))
                    .append(",\"raw\":").append(str(o.raw())).append(",\"span\":").append(str(o.span().toString())).append('}');
        }
        json.append("],\"expected\":").append(str(f.expected()))
                .append(",\"actual\":").append(str(f.actual()))
                .append(",\"messageZh\":").append(str(f.messageZh()))
                .append(",\"messageEn\":").append(str(f.messageEn()))
                .append(",\"attribution\":").append(str(f.attribution().name()))
                .append(",\"quote\":").append(str(f.quote()))
                .append(",\"fingerprint\":").append(str(f.fingerprint())).append('}');
    }

    private static String figures(Map<String, String> figures) {
        StringBuilder s = new StringBuilder("{");
        figures.forEach((id, v) -> s.append(s.length() > 1 ? "," : "").append(str(id)).append(':').append(v == null ? "null" : v));
        return s.append('}').toString();
    }

    private static String number(BigDecimal v) {
        return v == null ? "null" : v.toPlainString();
    }

    /** A JSON string literal (null → null), escaping quotes, backslashes and control characters. */
    static String str(String s) {
        if (s == null) return "null";
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) out.append(String.format("\\u%04x", (int) c));
                    else out.append(c);
                }
            }
        }
        return out.append('"').toString();
    }
}
