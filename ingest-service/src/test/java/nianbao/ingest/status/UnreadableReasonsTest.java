package nianbao.ingest.status;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnreadableReasonsTest {

    @Test
    void aCorruptDocumentIsSaidInWordsWithoutTheExceptionText() {
        String recorded = "报告文件无法读取，所有规则均未能检查：CORRUPT: report.docx (DOCX): "
                + "org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException: No valid entries or contents found。请核实文件格式或要求重新报送。";

        assertThat(UnreadableReasons.forAgency("P-UNREADABLE", recorded))
                .isEqualTo("报告文件无法读取，所有规则均未能检查：文件已损坏或格式不正确。请核实文件后重新报送。");
    }

    @Test
    void eachReasonHasItsWords() {
        assertThat(UnreadableReasons.forAgency("P-UNREADABLE", "…：ENCRYPTED: PDF needs a password to open。"))
                .isEqualTo("报告文件无法读取，所有规则均未能检查：文件设有密码保护。请核实文件后重新报送。");
        assertThat(UnreadableReasons.forAgency("P-UNREADABLE", "…：TIMED_OUT: a.pdf (PDF): 未能在 20 秒内读完。"))
                .isEqualTo("报告文件无法读取，所有规则均未能检查：文件内容异常复杂，未能在规定时间内读完。请核实文件后重新报送。");
        assertThat(UnreadableReasons.forAgency("P-UNREADABLE", "…：EMPTY: PDF without any text (a scan without text layer?)。"))
                .isEqualTo("报告文件无法读取，所有规则均未能检查：文件中没有可读取的文字（可能是没有文字层的扫描件）。请核实文件后重新报送。");
    }

    @Test
    void aReasonNotRecognisedSaysOnlyThatTheFileCouldNotBeRead() {
        assertThat(UnreadableReasons.forAgency("P-UNREADABLE", "java.lang.IllegalStateException: boom"))
                .isEqualTo("报告文件无法读取，所有规则均未能检查：文件无法读取。请核实文件后重新报送。");
    }

    @Test
    void otherFindingsAreShownAsRecorded() {
        assertThat(UnreadableReasons.forAgency("T3-ROW-SUM", "表三 CORRUPT: 不是原因")).isEqualTo("表三 CORRUPT: 不是原因");
    }
}
