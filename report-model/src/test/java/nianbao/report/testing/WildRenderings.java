package nianbao.report.testing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Re-renders a report text the way real reports reach us (issue 9): flattened into one line by a web page, prose
 * wrapped by PDF text extraction, converted by OCR into markdown. The transformations know nothing of any sample:
 * a line is a table row when it holds TAB- or pipe-separated cells, a cell is a value when it is a number or a blank
 * marker, and everything else is prose.
 */
public final class WildRenderings {

    private static final Pattern NUMBER = Pattern.compile("[+\\-－]?\\d+(\\.\\d+)?");
    private static final Pattern BLANK = Pattern.compile("[-/—－／]|——");
    private static final Pattern SEPARATOR = Pattern.compile("[\\s|:\\-]*");
    private static final Pattern HEADING = Pattern.compile("^[一二三四五六七八九十]、.*(情况|事项|概述)$");

    /** How the values of a row are written once the table markup is gone. */
    public enum Values {
        /** Digits run together without separators ({@code 数量713000074}). */
        RUN,
        /** Separated by single spaces ({@code 数量 71 3 0 0 0 0 74}). */
        SPACED,
        /** Each cell closed by the cell rule a web page kept ({@code 数量 | 71 | 3 | 0 | 0 | 0 | 0 | 74 |}). */
        PIPED
    }

    /** The renderings the metamorphic tests put every sample through. */
    public enum Rendering {
        ONE_LINE_RUN, ONE_LINE_SPACED, ONE_LINE_PIPED, PDF_WRAPPED, PDF_LABELS_WRAPPED_BELOW, PDF_LABELS_WRAPPED_ABOVE,
        OCR_MARKDOWN;

        public String apply(String text) {
            return switch (this) {
                case ONE_LINE_RUN -> oneLine(text, Values.RUN);
                case ONE_LINE_SPACED -> oneLine(text, Values.SPACED);
                case ONE_LINE_PIPED -> oneLine(text, Values.PIPED);
                case PDF_WRAPPED -> pdfWrapped(text, 34, 40);
                case PDF_LABELS_WRAPPED_BELOW -> pdfTableLayout(text, 10, true);
                case PDF_LABELS_WRAPPED_ABOVE -> pdfTableLayout(text, 10, false);
                case OCR_MARKDOWN -> ocrMarkdown(text);
            };
        }
    }

    private WildRenderings() {
    }

    /** Every sample in every rendering, as (sample file name, rendering) for parameterized tests' {@code @MethodSource}. */
    public static Stream<Object[]> everySampleInEveryRendering() {
        return SampleReports.ALL.stream().flatMap(sample -> Arrays.stream(Rendering.values()).map(r -> new Object[] {sample, r}));
    }

    /** The whole report on one line: prose joined by a space, each table cell after the other. */
    public static String oneLine(String text, Values values) {
        StringBuilder out = new StringBuilder();
        boolean afterValue = false;
        for (String line : text.split("\r?\n")) {
            List<String> cells = cells(line);
            if (cells == null) {
                if (line.isBlank()) continue;
                out.append(out.isEmpty() ? "" : " ").append(line.strip());
                afterValue = false;
                continue;
            }
            for (String cell : cells) {
                boolean value = isValue(cell);
                if (values == Values.PIPED) {
                    out.append(out.isEmpty() ? "" : " ").append(cell).append(" |");
                } else if (value && values == Values.RUN) {
                    out.append(afterValue ? "" : " ").append(cell);
                } else if (value || !afterValue || values == Values.SPACED) {
                    out.append(out.isEmpty() ? "" : " ").append(cell);
                } else {
                    out.append(cell);
                }
                afterValue = value;
            }
        }
        return out.append('\n').toString();
    }

    /**
     * Prose lines cut where they reach {@code width} full-width characters (two ASCII characters take the place of
     * one) as PDF text extraction prints them, with a page footer
     * ({@code - n -} between blank lines) after every {@code pageLines} printed lines; table rows stay as they are.
     */
    public static String pdfWrapped(String text, int width, int pageLines) {
        List<String> out = new ArrayList<>();
        int page = 1;
        int onPage = 0;
        for (String line : text.split("\r?\n")) {
            if (cells(line) != null || line.isBlank() || line.strip().length() <= width) {
                out.add(line);
                onPage++;
            } else {
                String rest = line.strip();
                boolean first = true;
                while (!rest.isEmpty()) {
                    int cut = 0;
                    for (int columns = 0; cut < rest.length() && columns < 2 * width; cut++) {
                        columns += rest.charAt(cut) < 0x2E80 ? 1 : 2;
                    }
                    out.add((first ? "    " : "") + rest.substring(0, cut));
                    rest = rest.substring(cut);
                    first = false;
                    if (++onPage >= pageLines && !rest.isEmpty()) {
                        out.add("");
                        out.add("- " + page++ + " -");
                        out.add("");
                        onPage = 0;
                    }
                }
            }
        }
        return String.join("\n", out) + "\n";
    }

    /**
     * Table rows as {@code pdftotext -layout} prints a table whose label cells wrap: cells apart by runs of spaces, a
     * row's own label (its last label cell) cut after {@code width} characters, its rest on a line of its own — below
     * the line with the values ({@code valuesBesideFirstLine}) or above them, the values standing beside the label's
     * last line as in a cell centred vertically. Prose stays as it is.
     */
    public static String pdfTableLayout(String text, int width, boolean valuesBesideFirstLine) {
        List<String> out = new ArrayList<>();
        for (String line : text.split("\r?\n")) {
            List<String> cells = cells(line);
            if (cells == null || cells.isEmpty()) {
                out.add(line);
                continue;
            }
            List<String> labels = cells.stream().filter(c -> !isValue(c)).toList();
            List<String> values = cells.stream().filter(WildRenderings::isValue).toList();
            String own = labels.isEmpty() ? "" : labels.get(labels.size() - 1);
            String before = String.join("   ", labels.subList(0, Math.max(0, labels.size() - 1)));
            String row = String.join("    ", values);
            if (own.length() <= width) {
                out.add(String.join("   ", cells));
            } else if (valuesBesideFirstLine) {
                out.add(join(before, own.substring(0, width), row));
                out.add("      " + own.substring(width));
            } else {
                out.add(join(before, own.substring(0, width), ""));
                out.add(join("      " + own.substring(width), row, ""));
            }
        }
        return String.join("\n", out) + "\n";
    }

    private static String join(String... parts) {
        return String.join("    ", Arrays.stream(parts).filter(p -> !p.isBlank()).toList());
    }

    /**
     * What OCR-to-markdown tools make of it: {@code ## } before headings, each table row as a markdown table of its
     * own whose labels and values stand on separate lines ({@code | label |} then {@code | v | v | … |}). A row is a
     * line of several cells, or, where the source holds one cell per line, labels followed by their values.
     */
    public static String ocrMarkdown(String text) {
        StringBuilder out = new StringBuilder();
        List<String> labels = new ArrayList<>();
        List<String> vals = new ArrayList<>();
        for (String line : text.split("\r?\n")) {
            List<String> cells = cells(line);
            if (cells == null || cells.size() != 1 || (!vals.isEmpty() && !isValue(cells.get(0)))) {
                markdownRow(out, labels, vals);
            }
            if (cells == null) {
                String prose = line.strip();
                out.append(HEADING.matcher(prose).matches() ? "## " + prose : prose).append('\n');
                continue;
            }
            for (String cell : cells) (isValue(cell) ? vals : labels).add(cell);
            if (cells.size() > 1) markdownRow(out, labels, vals);
        }
        markdownRow(out, labels, vals);
        return out.toString();
    }

    private static void markdownRow(StringBuilder out, List<String> labels, List<String> vals) {
        if (labels.isEmpty() && vals.isEmpty()) return;
        if (!labels.isEmpty()) out.append("| ").append(String.join(" | ", labels)).append(" |\n");
        if (!vals.isEmpty()) out.append("| ").append(String.join(" | ", vals)).append(" |\n");
        out.append('\n');
        labels.clear();
        vals.clear();
    }

    /** The non-empty cells of a table line (TAB- or pipe-separated, or a TAB-prefixed cell); null for prose. */
    private static List<String> cells(String line) {
        boolean tab = line.indexOf('\t') >= 0;
        boolean pipe = line.indexOf('|') >= 0;
        if (!tab && !pipe) return isValue(line.strip()) ? List.of(line.strip()) : null;
        if (SEPARATOR.matcher(line).matches()) return List.of();
        List<String> cells = new ArrayList<>();
        for (String cell : line.split(tab ? "\t" : "\\|")) {
            if (!cell.isBlank()) cells.add(cell.strip());
        }
        return cells;
    }

    private static boolean isValue(String cell) {
        return NUMBER.matcher(cell).matches() || BLANK.matcher(cell).matches();
    }
}
