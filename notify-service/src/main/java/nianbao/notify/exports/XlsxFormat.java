package nianbao.notify.exports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A table as an Excel workbook of one sheet: a bold, frozen header row; numbers as numeric cells. */
public final class XlsxFormat {

    /** Excel's column width unit is 1/256 of a character; CJK characters are about two wide. */
    private static final int MAX_WIDTH_CHARS = 60;

    private XlsxFormat() {
    }

    public static byte[] write(ExportTable table) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(table.title());
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle headerStyle = workbook.createCellStyle();
            headerStyle.setFont(bold);
            int[] widths = new int[table.headers().size()];
            Row header = sheet.createRow(0);
            for (int c = 0; c < table.headers().size(); c++) {
                header.createCell(c).setCellValue(table.headers().get(c));
                header.getCell(c).setCellStyle(headerStyle);
                widths[c] = width(table.headers().get(c));
            }
            int r = 1;
            for (List<Object> values : table.rows()) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < values.size(); c++) {
                    Object value = values.get(c);
                    if (value instanceof Number number) {
                        row.createCell(c).setCellValue(number.doubleValue());
                    } else if (value != null) {
                        row.createCell(c).setCellValue(value.toString());
                    }
                    if (value != null && c < widths.length) {
                        widths[c] = Math.max(widths[c], width(value.toString()));
                    }
                }
            }
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, Math.min(widths[c], MAX_WIDTH_CHARS) * 256 + 512);
            }
            sheet.createFreezePane(0, 1);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The width of the text's longest line in Excel characters: a CJK character counts two. */
    private static int width(String text) {
        int widest = 0;
        for (String line : text.split("\n")) {
            widest = Math.max(widest, line.codePoints().map(cp -> cp < 0x2E80 ? 1 : 2).sum());
        }
        return widest;
    }
}
