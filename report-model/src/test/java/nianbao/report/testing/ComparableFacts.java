package nianbao.report.testing;

import java.text.Normalizer;
import java.util.List;
import nianbao.report.ParsedReport;

/**
 * A report's narrative facts as comparable lines: kind, value, qualifier and parts, modulo compatibility forms and
 * whitespace (a title quoted in full-width digits or letter-spaced is the same title), an uncertain fact marked
 * {@link #UNCERTAIN}.
 */
public final class ComparableFacts {

    public static final String UNCERTAIN = "|uncertain";

    private ComparableFacts() {
    }

    public static List<String> of(ParsedReport report) {
        return report.facts().stream().map(f -> Normalizer.normalize(
                f.kind() + "|" + f.value() + "|" + f.qualifier() + "|" + f.parts() + (f.certain() ? "" : UNCERTAIN),
                Normalizer.Form.NFKC).replaceAll("\\s", ""))
                .toList();
    }
}
