package nianbao.parse.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WhitespaceTest {

    @Test
    void agreesWithTheJdkOnEveryCharacter() {
        int spaces = 0;
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            boolean jdk = Character.isWhitespace(c) || Character.isSpaceChar(c);
            assertThat(Whitespace.is((char) c)).as("U+%04X", c).isEqualTo(jdk);
            if (jdk) spaces++;
        }
        // 5 ASCII controls (TAB…CR), 4 separators U+001C–U+001F, the space, NBSP, U+1680, U+2000–U+200A (11),
        // U+2028, U+2029, U+202F, U+205F and the ideographic space U+3000
        assertThat(spaces).isEqualTo(5 + 4 + 1 + 1 + 1 + 11 + 2 + 2 + 1);
    }
}
