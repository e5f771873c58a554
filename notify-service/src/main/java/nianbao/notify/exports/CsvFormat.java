package nianbao.notify.exports;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A table as CSV (RFC 4180: comma, CRLF, quotes doubled) in UTF-8 with a byte-order mark, without which Excel reads
 * the Chinese as the local code page.
 */
public final class CsvFormat {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private CsvFormat() {
    }

    public static byte[] write(ExportTable table) {
        StringBuilder text = new StringBuilder();
        line(text, table.headers().stream().map(h -> (Object) h).toList());
        table.rows().forEach(row -> line(text, row));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(BOM);
        out.writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static void line(StringBuilder text, List<Object> cells) {
        text.append(cells.stream().map(CsvFormat::cell).collect(Collectors.joining(","))).append("\r\n");
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
        boolean quote = text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r");
        return quote ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
