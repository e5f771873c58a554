package nianbao.report.testing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Re-renders a report text the way real reports reach us (issue 9): flattened into one line by a web page, prose
 * wrapped by PDF text extraction, converted by OCR into markdown, its tables in each layout of domain-spec §7 (TAB-
 * or pipe-separated rows, one cell per line, space-aligned columns with page footers), and with the noise Word and OCR
 * add (full-width digits, units after counts, ideographic spaces, CRLF, dashes for zeros). The transformations know
 * nothing of any sample: a line is a table row when it holds TAB- or pipe-separated cells, a cell is a value when it
 * is a number or a blank marker, and everything else is prose.
 */
public final class WildRenderings {

    private static final Pattern NUMBER = Pattern.compile("[+\\-－]?\\d+(\\.\\d+)?");
    private static final Pattern BLANK = Pattern.compile("[-/—－／]|——");
    private static final Pattern SEPARATOR = Pattern.compile("[\\s|:\\-]*");
    /** A cell holding 0 alone: from the line start or a cell rule to the line end or the next rule. */
    private static final Pattern ZERO_CELL = Pattern.compile("((?:^|[\\t|])\\s*)0(?=\\s*(?:$|[\\t|]))");
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

    /** How a table row is printed on a line of its own: before its first cell, between cells, after its last. */
    public enum RowFormat {
        /** TAB-separated (Word or spreadsheet text export). */
        TAB("", "\t", ""),
        /** Markdown-like pipes on both sides ({@code | a | b |}). */
        PIPES("| ", " | ", " |"),
        /** Each cell closed by a pipe ({@code a | b |}), as web pages' text keeps the cell rules. */
        CLOSING_PIPES("", " | ", " |"),
        /** Cells apart by one ideographic space (Word tables typed with U+3000). */
        IDEOGRAPHIC_SPACE("", "\u3000", "");

        final String before;
        final String between;
        final String after;

        RowFormat(String before, String between, String after) {
            this.before = before;
            this.between = between;
            this.after = after;
        }
    }

    /** The renderings the metamorphic tests put every sample through. */
    public enum Rendering {
        ONE_LINE_RUN, ONE_LINE_SPACED, ONE_LINE_PIPED, PDF_WRAPPED, PDF_LABELS_WRAPPED_BELOW, PDF_LABELS_WRAPPED_ABOVE,
        OCR_MARKDOWN, TAB_ROWS, PIPE_ROWS, CLOSING_PIPE_ROWS, CELL_PER_LINE, SPACE_ALIGNED, SPACE_ALIGNED_PAGED,
        IDEOGRAPHIC_SPACED_CRLF, FULL_WIDTH_DIGITS, ONE_LINE_RUN_FULL_WIDTH, COUNT_UNITS,
        /** Every 0 of a table written as a blank marker: the cells are then BLANK, not 0 (domain-spec conventions). */
        ZEROS_AS_BLANK_MARKERS,
        /** Every 0 of a table left an empty cell of TAB rows (a Word table whose zeros were never typed): BLANK too. */
        EMPTY_CELLS_FOR_ZEROS,
        /** A page footer every 17 lines of the text as it is, inside tables too (a PDF converted back to text). */
        PAGE_FOOTERS,
        /** Characters that print nothing, as web pages and Word scatter them: a BOM per line, zero-width spaces. */
        INVISIBLE_CHARACTERS,
        /** The title line letter-spaced, as PDF extraction gives a title set in large type. */
        LETTER_SPACED_TITLE,
        /** Every table cell on a line of its own closed by its cell rule ({@code 规章 |}), as web pages' text keeps it. */
        CLOSED_CELL_PER_LINE,
        /** Every table cell on a line of its own with a blank line after it (one paragraph per cell). */
        CELL_PER_PARAGRAPH,
        /** Pipe rows ending in empty cells that merged header cells left ({@code 规章 | 0 | 0 | 0 | ||}). */
        PIPE_ROWS_EMPTY_TAIL;

        public String apply(String text) {
            return switch (this) {
                case ONE_LINE_RUN -> oneLine(text, Values.RUN);
                case ONE_LINE_SPACED -> oneLine(text, Values.SPACED);
                case ONE_LINE_PIPED -> oneLine(text, Values.PIPED);
                case PDF_WRAPPED -> pdfWrapped(text, 34, 40);
                case PDF_LABELS_WRAPPED_BELOW -> pdfTableLayout(text, 10, true);
                case PDF_LABELS_WRAPPED_ABOVE -> pdfTableLayout(text, 10, false);
                case OCR_MARKDOWN -> ocrMarkdown(text);
                case TAB_ROWS -> rowPerLine(text, RowFormat.TAB);
                case PIPE_ROWS -> rowPerLine(text, RowFormat.PIPES);
                case CLOSING_PIPE_ROWS -> rowPerLine(text, RowFormat.CLOSING_PIPES);
                case CELL_PER_LINE -> cellPerLine(text);
                case SPACE_ALIGNED -> spaceAligned(text);
                case SPACE_ALIGNED_PAGED -> paged(spaceAligned(text), 30);
                case IDEOGRAPHIC_SPACED_CRLF -> rowPerLine(text, RowFormat.IDEOGRAPHIC_SPACE).replace("\n", "\r\n");
                case FULL_WIDTH_DIGITS -> fullWidthDigits(text);
                case ONE_LINE_RUN_FULL_WIDTH -> fullWidthDigits(oneLine(text, Values.RUN));
                case COUNT_UNITS -> withCountUnits(text, "件");
                case ZEROS_AS_BLANK_MARKERS -> zerosAsBlanks(text, List.of("—", "/", "-", "／", "——", "&nbsp;", "\u00A0"));
                case EMPTY_CELLS_FOR_ZEROS -> zerosAsEmptyCells(text);
                case PAGE_FOOTERS -> paged(text, 17);
                case INVISIBLE_CHARACTERS -> withInvisibleCharacters(text);
                case LETTER_SPACED_TITLE -> letterSpacedTitle(text);
                case CLOSED_CELL_PER_LINE -> render(text, cells -> String.join(" |\n", cells) + " |");
                case CELL_PER_PARAGRAPH -> render(text, cells -> String.join("\n\n", cells) + "\n");
                case PIPE_ROWS_EMPTY_TAIL -> render(text, cells -> String.join(" | ", cells) + " | ||");
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
                        columns += columns(rest.charAt(cut));
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
     * own whose labels and values stand on separate lines ({@code | label |} then {@code | v | v | … |}).
     */
    public static String ocrMarkdown(String text) {
        StringBuilder out = new StringBuilder();
        for (Line line : lines(text)) {
            if (line.prose() != null) {
                String prose = line.prose().strip();
                out.append(HEADING.matcher(prose).matches() ? "## " + prose : prose).append('\n');
                continue;
            }
            List<String> labels = line.cells().stream().filter(c -> !isValue(c)).toList();
            List<String> vals = line.cells().stream().filter(WildRenderings::isValue).toList();
            if (!labels.isEmpty()) out.append("| ").append(String.join(" | ", labels)).append(" |\n");
            if (!vals.isEmpty()) out.append("| ").append(String.join(" | ", vals)).append(" |\n");
            out.append('\n');
        }
        return out.toString();
    }

    /** Every table row on a line of its own in {@code format}; prose as it is. */
    public static String rowPerLine(String text, RowFormat format) {
        return render(text, cells -> format.before + String.join(format.between, cells) + format.after);
    }

    /** Every table cell on a line of its own, nothing between rows (a web page's table copied as text). */
    public static String cellPerLine(String text) {
        return render(text, cells -> String.join("\n", cells));
    }

    /**
     * Table rows as {@code pdftotext -layout} prints them: each cell starts at the next tab stop of 8 columns at least
     * two columns after the previous one (a full-width character takes two columns).
     */
    public static String spaceAligned(String text) {
        return render(text, cells -> {
            StringBuilder row = new StringBuilder();
            int column = 0;
            for (String cell : cells) {
                if (column > 0) {
                    int next = (column + 2 + 7) / 8 * 8;
                    row.append(" ".repeat(next - column));
                    column = next;
                }
                row.append(cell);
                column += width(cell);
            }
            return row.toString();
        });
    }

    /** A page footer ({@code - n -} between blank lines) after every {@code pageLines} lines, tables included. */
    public static String paged(String text, int pageLines) {
        List<String> out = new ArrayList<>();
        int page = 1;
        for (String line : text.split("\n", -1)) {
            out.add(line);
            if (out.size() % (pageLines + 3) == pageLines) {
                out.addAll(List.of("", "- " + page++ + " -", ""));
            }
        }
        return String.join("\n", out);
    }

    /** Every ASCII digit, in tables and prose alike, as its full-width form (Word or OCR typed in full-width mode). */
    public static String fullWidthDigits(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) out.append(c >= '0' && c <= '9' ? (char) (c - '0' + '０') : c);
        return out.toString();
    }

    /**
     * The count {@code unit} written after every integer of a table row with five values or more (tables 三 and 四,
     * whose cells are all counts; table 二 rows may hold money), each row then printed TAB-separated.
     */
    public static String withCountUnits(String text, String unit) {
        return render(text, cells -> {
            boolean counts = cells.stream().filter(WildRenderings::isValue).count() >= 5;
            return String.join("\t", cells.stream()
                    .map(c -> counts && c.chars().allMatch(Character::isDigit) ? c + unit : c).toList()) + "\t";
        });
    }

    /**
     * Every table cell that reads {@code 0} replaced in place by the next of {@code markers} in turn (agencies that
     * fill the form with dashes or slashes where nothing happened); prose keeps its zeros.
     */
    public static String zerosAsBlanks(String text, List<String> markers) {
        StringBuilder out = new StringBuilder();
        int next = 0;
        for (String line : text.split("\n", -1)) {
            if (!out.isEmpty()) out.append('\n');
            if (cells(line) == null) {
                out.append(line);
                continue;
            }
            Matcher zero = ZERO_CELL.matcher(line);
            while (zero.find()) {
                String marker = markers.get(next++ % markers.size());
                zero.appendReplacement(out, Matcher.quoteReplacement(zero.group(1) + marker));
            }
            zero.appendTail(out);
        }
        return out.toString();
    }

    /** The first line with text, when short enough to be a title line (40 characters), with a space between characters. */
    public static String letterSpacedTitle(String text) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) continue;
            if (line.length() <= 40) lines.set(i, String.join(" ", line.replace(" ", "").split("")));
            break;
        }
        return String.join("\n", lines);
    }

    /**
     * A BOM (U+FEFF) at every line's start, a zero-width space after every TAB and after every fifth CJK character:
     * nothing a reader sees changes.
     */
    public static String withInvisibleCharacters(String text) {
        StringBuilder out = new StringBuilder(text.length() * 5 / 4).append('\uFEFF');
        int cjk = 0;
        for (char c : text.toCharArray()) {
            out.append(c);
            if (c == '\n') out.append('\uFEFF');
            if (c == '\t' || columns(c) == 2 && ++cjk % 5 == 0) out.append('\u200B');
        }
        return out.toString();
    }

    /**
     * Table rows TAB-separated, each 0 an empty cell; in a row of values alone (no label) a dash instead, for such a
     * row is known only by its values and a line of TABs would say nothing.
     */
    public static String zerosAsEmptyCells(String text) {
        return render(text, cells -> {
            String blank = cells.stream().allMatch(WildRenderings::isValue) ? "—" : "";
            return String.join("\t", cells.stream().map(c -> c.equals("0") ? blank : c).toList());
        });
    }

    private static String render(String text, Function<List<String>, String> row) {
        StringBuilder out = new StringBuilder();
        for (Line line : lines(text)) {
            out.append(line.prose() != null ? line.prose() : row.apply(line.cells())).append('\n');
        }
        return out.toString();
    }

    private static int width(String s) {
        int width = 0;
        for (int i = 0; i < s.length(); i++) width += columns(s.charAt(i));
        return width;
    }

    /** Columns a character takes in a monospaced print: two for CJK and full-width forms. */
    private static int columns(char c) {
        return c < 0x2E80 ? 1 : 2;
    }

    /** A line of a rendering: prose as written, or a table row's non-empty cells. */
    private record Line(String prose, List<String> cells) {
    }

    /**
     * The source as prose lines and table rows, whatever its table layout. A line of several cells is a row. Lines of
     * one cell (one cell per line) are gathered into a row of labels followed by values, a label after values
     * starting the next row, and an empty, separator or prose line ending it; when more labels than values + 1 precede
     * the values, all but the last label are a header row of their own (a header line run on into the first row).
     */
    private static List<Line> lines(String text) {
        List<Line> out = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<String> vals = new ArrayList<>();
        for (String line : text.split("\r?\n")) {
            List<String> cells = cells(line);
            if (cells == null || cells.size() != 1 || (!vals.isEmpty() && !isValue(cells.get(0)))) {
                gathered(out, labels, vals);
            }
            if (cells == null) {
                out.add(new Line(line, null));
            } else if (cells.size() == 1) {
                (isValue(cells.get(0)) ? vals : labels).add(cells.get(0));
            } else if (!cells.isEmpty()) {
                out.add(new Line(null, cells));
            }
        }
        gathered(out, labels, vals);
        return out;
    }

    private static void gathered(List<Line> out, List<String> labels, List<String> vals) {
        if (labels.isEmpty() && vals.isEmpty()) return;
        if (!vals.isEmpty() && labels.size() > vals.size() + 1) {
            out.add(new Line(null, List.copyOf(labels.subList(0, labels.size() - 1))));
            labels.subList(0, labels.size() - 1).clear();
        }
        List<String> row = new ArrayList<>(labels);
        row.addAll(vals);
        out.add(new Line(null, row));
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
