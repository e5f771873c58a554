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
}
