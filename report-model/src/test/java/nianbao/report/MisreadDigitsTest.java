package nianbao.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MisreadDigitsTest {

    /** The definition as a pattern: at most eight characters, digits and misread letters, at least one of the latter. */
    private static final Pattern DEFINITION = Pattern.compile("(?=.{1,8}$)[0-9０-９Oo〇○lI]*[Oo〇○lI][0-9０-９Oo〇○lI]*");

    @Test
    void misreadFigures() {
        assertTrue(MisreadDigits.in("O"));
        assertTrue(MisreadDigits.in(" 1O "));
        assertTrue(MisreadDigits.in("l2"));
        assertTrue(MisreadDigits.in("〇"));
        assertFalse(MisreadDigits.in("12"));
        assertFalse(MisreadDigits.in("其他"));
        assertFalse(MisreadDigits.in("lOlOlOlOl"));
        assertFalse(MisreadDigits.in(""));
        assertFalse(MisreadDigits.in(null));
    }

    @Test
    void answersAsTheDefinitionForEveryShortMixOfItsCharacters() {
        String alphabet = "0９Ol〇 x\n";
        int n = alphabet.length();
        for (int length = 0; length <= 10; length++) {
            int combinations = (int) Math.min(Math.pow(n, length), 200_000);
            for (int k = 0; k < combinations; k++) {
                StringBuilder s = new StringBuilder();
                for (int i = 0, rest = k; i < length; i++, rest /= n) s.append(alphabet.charAt(rest % n));
                String text = s.toString();
                assertEquals(DEFINITION.matcher(text.strip()).matches(), MisreadDigits.in(text), text);
            }
        }
    }
}
