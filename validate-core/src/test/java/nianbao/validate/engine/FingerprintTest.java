package nianbao.validate.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import nianbao.report.SourceSpan;
import org.junit.jupiter.api.Test;

class FingerprintTest {

    private static Operand op(String id, String value, int line) {
        return new Operand(id, new BigDecimal(value), value, SourceSpan.onLine(line, 1, 2));
    }

    @Test
    void isTheSha256OfAgencyYearRuleAndSortedOperands() {
        String fp = Fingerprint.of("agency-1", 2022, "T3-BALANCE", List.of(op("T3[R1][TOT]", "16", 3), op("T3[R2][TOT]", "0", 4)));

        // computed outside the code under test:
        // printf 'agency-1\x1f2022\x1fT3-BALANCE\x1fT3[R1][TOT]=16\x1fT3[R2][TOT]=0' | sha256sum
        assertThat(fp).isEqualTo("ff6f1a4007b792f0b1cbe299d163fbece58e2fe6b15cb46177c68c218823e4ee");
    }

    @Test
    void ignoresOperandOrderSpansAndTrailingZeros() {
        String a = Fingerprint.of("a", 2022, "R", List.of(op("X", "1", 3), op("Y", "2.50", 4)));
        String b = Fingerprint.of("a", 2022, "R", List.of(op("Y", "2.5", 40), op("X", "1", 30)));
        assertThat(a).isEqualTo(b);
    }

    @Test
    void changesWithAgencyYearRuleAndValues() {
        List<Operand> ops = List.of(op("X", "1", 3));
        String base = Fingerprint.of("a", 2022, "R", ops);
        assertThat(Fingerprint.of("b", 2022, "R", ops)).isNotEqualTo(base);
        assertThat(Fingerprint.of("a", 2023, "R", ops)).isNotEqualTo(base);
        assertThat(Fingerprint.of("a", 2022, "S", ops)).isNotEqualTo(base);
        assertThat(Fingerprint.of("a", 2022, "R", List.of(op("X", "2", 3)))).isNotEqualTo(base);
    }
}
