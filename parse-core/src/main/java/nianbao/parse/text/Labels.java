package nianbao.parse.text;

import java.text.Normalizer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Label normalisation for matching (domain-spec §7): NFKC, no whitespace, ordinal separators {@code 、 . ．} unified
 * to {@code .}, quotes unified, Word/URL artefacts removed. Only labels are normalised; stored text stays as written.
 */
public final class Labels {

    private static final Pattern ARTEFACTS = Pattern.compile("\\[bookmark:[^\\]]*]|<https?://[^>]*>");

    /** Table labels recur in every report; their normal forms are remembered up to a bound. */
    private static final int MEMO_LIMIT = 20_000;
    private static final int MEMO_MAX_LENGTH = 64;
    private static final Map<String, String> MEMO = new ConcurrentHashMap<>();

    private Labels() {
    }

    public static String normalise(String label) {
        if (label.length() > MEMO_MAX_LENGTH) return normaliseUncached(label);
        String known = MEMO.get(label);
        if (known != null) return known;
        String normalised = normaliseUncached(label);
        if (MEMO.size() < MEMO_LIMIT) MEMO.put(label, normalised);
        return normalised;
    }

    /**
     * The normal form of {@code first + second} (a label wrapped onto two lines), made from the parts' remembered normal
     * forms when joining cannot change them: no artefact that could span the seam, no {@code …} (which NFKC expands
     * only when something else in the text needs NFKC), and a second part opening with a character NFKC never
     * composes with the one before it. Wrapped-label candidates are mostly two lines of prose, each pair joined once:
     * normalising the joined text would miss the memo every time and fill it with throwaway strings.
     */
    public static String normaliseJoined(String first, String second) {
        boolean separable = !second.isEmpty() && isNfkcStable(second.charAt(0))
                && !mayChangeWhenJoined(first) && !mayChangeWhenJoined(second);
        return separable ? normalise(first).concat(normalise(second)) : normalise(first + second);
    }

    /**
     * Whether the normal form of {@code first + second} is surely longer than {@code limit}, told without normalising:
     * each printable ASCII character, CJK ideograph and usual CJK punctuation leaves at least one character in it,
     * unless an artefact around it is removed.
     */
    public static boolean joinedLongerThan(String first, String second, int limit) {
        if (mayHoldArtefact(first) || mayHoldArtefact(second)) return false;
        int kept = keptCharacters(first, limit);
        return kept > limit || keptCharacters(second, limit - kept) > limit - kept;
    }

    /** The characters of {@code s} that surely stay in its normal form, counted up to just past {@code limit}. */
    private static int keptCharacters(String s, int limit) {
        int kept = 0;
        for (int i = 0; i < s.length() && kept <= limit; i++) {
            char c = s.charAt(i);
            // ASCII whitespace and controls are not counted (a lower bound may leave out what does stay)
            if (c < 0x80 ? c > ' ' : isNfkcStable(c)) kept++;
        }
        return kept;
    }

    private static boolean mayChangeWhenJoined(String part) {
        return mayHoldArtefact(part) || part.indexOf('…') >= 0;
    }

    private static boolean mayHoldArtefact(String s) {
        return s.indexOf('[') >= 0 || s.indexOf('<') >= 0;
    }

    private static String normaliseUncached(String label) {
        String s = mayHoldArtefact(label) ? ARTEFACTS.matcher(label).replaceAll("") : label;
        if (needsNfkc(s)) s = Normalizer.normalize(s, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Whitespace.is(c) || c == '\u200B' || c == '\uFEFF') continue;
            switch (c) {
                case '、' -> out.append('.');
                case '“', '”', '„', '‟', '"', '「', '」' -> out.append('"');
                case '‘', '’' -> out.append('\'');
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * False when every character is one NFKC leaves alone (ASCII, CJK ideographs, the usual CJK punctuation) — the
     * common case, checked far faster than {@link Normalizer#isNormalized}.
     */
    public static boolean needsNfkc(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (isNfkcStable(s.charAt(i))) continue;
            return !Normalizer.isNormalized(s, Normalizer.Form.NFKC);
        }
        return false;
    }

    /**
     * ASCII, a CJK ideograph or usual CJK punctuation: NFKC never composes it with a neighbour, and leaves it alone but
     * for {@code …} (three dots).
     */
    private static boolean isNfkcStable(char c) {
        return c < 0x80 || (c >= 0x4E00 && c <= 0x9FFF) || "、。“”‘’《》〈〉【】〔〕—…·".indexOf(c) >= 0;
    }

    /** A normalised label split into its leading ordinal ({@code (七)}, {@code 一.}, {@code 1.}; "" if none) and content. */
    public record Parts(String ordinal, String content) {
    }

    public static Parts split(String normalised) {
        int end = ordinalEnd(normalised);
        return end > 0 ? new Parts(normalised.substring(0, end), normalised.substring(end)) : new Parts("", normalised);
    }

    /** The length of the leading ordinal {@code (七)}, {@code 一.} or {@code 1.} (not {@code 6.8}), or 0. */
    private static int ordinalEnd(String s) {
        if (s.isEmpty()) return 0;
        if (s.charAt(0) == '(') {
            int i = 1;
            while (i < s.length() && isChineseNumeral(s.charAt(i))) i++;
            return i > 1 && i < s.length() && s.charAt(i) == ')' ? i + 1 : 0;
        }
        int i = 0;
        if (isChineseNumeral(s.charAt(0))) {
            while (i < s.length() && isChineseNumeral(s.charAt(i))) i++;
        } else {
            while (i < s.length() && i < 2 && s.charAt(i) >= '0' && s.charAt(i) <= '9') i++;
            if (i + 1 < s.length() && s.charAt(i) == '.' && s.charAt(i + 1) >= '0' && s.charAt(i + 1) <= '9') return 0;
        }
        return i > 0 && i < s.length() && s.charAt(i) == '.' ? i + 1 : 0;
    }

    private static boolean isChineseNumeral(char c) {
        return "一二三四五六七八九十".indexOf(c) >= 0;
    }
}
