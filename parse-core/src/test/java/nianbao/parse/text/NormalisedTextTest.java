package nianbao.parse.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class NormalisedTextTest {

    @Test
    void stripsBomAndUnifiesLineEndsButKeepsCharacters() {
        NormalisedText t = NormalisedText.of("\uFEFF一、总体情况\r\n（一）　主动\r三\n\n");
        assertEquals("一、总体情况\n（一）　主动\n三\n\n", t.text());
        assertEquals(List.of("一、总体情况", "（一）　主动", "三", "", ""), t.lines());
    }

    @Test
    void dropsCharactersThatPrintNothing() {
        NormalisedText t = NormalisedText.of("\uFEFF4\t\u200B3\t5\u00AD\n行政\u2060许可\u200C\u200D");
        assertEquals(List.of("4\t3\t5", "行政许可"), t.lines());
    }
}
