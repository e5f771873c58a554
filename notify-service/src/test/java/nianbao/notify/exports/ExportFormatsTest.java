package nianbao.notify.exports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ExportFormatsTest {

    private static final ExportTable TABLE = new ExportTable("主要数据", List.of("机关", "年度", "本年新收申请"),
            List.of(Arrays.asList("甲局, 乙处", 2022, new BigDecimal("16")),
                    Arrays.asList("说 \"明\"\n第二行", 2021, null)));

    @Test
    void csvHasAByteOrderMarkAndQuotesWhatNeedsIt() {
        byte[] csv = CsvFormat.write(TABLE);
        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8)).isEqualTo(
                "机关,年度,本年新收申请\r\n\"甲局, 乙处\",2022,16\r\n\"说 \"\"明\"\"\n第二行\",2021,\r\n");
        assertThat(CsvFormat.cell(new BigDecimal("1E+3"))).isEqualTo("1000");
    }

    @Test
    void xlsxWritesNumbersAsNumbersAndTextAsText() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(XlsxFormat.write(TABLE)))) {
            Sheet sheet = workbook.getSheet("主要数据");
            assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("本年新收申请");
            assertThat(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).isNotZero();
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("甲局, 乙处");
            assertThat(sheet.getRow(1).getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(sheet.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(16.0);
            assertThat(sheet.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(2021.0);
            assertThat(sheet.getRow(2).getCell(2)).isNull();
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
        }
    }
}
