package nianbao.report.testing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
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
    /** What follows a number that counts something in prose. */
    private static final String COUNT_UNITS = "件条个项起次份篇宗";
    /** An integer of prose followed by a count unit: group 1 the number. */
    private static final Pattern COUNT = Pattern.compile("(?<![\\d.,])(\\d+)(?=[" + COUNT_UNITS + "])");
    private static final String FULL_WIDTH_PUNCTUATION = "，；：（）！？";
    private static final String HALF_WIDTH_PUNCTUATION = ",;:()!?";

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
        PIPE_ROWS_EMPTY_TAIL,
        /** Every prose line letter-spaced, digits and punctuation too: justified text through PDF extraction. */
        PROSE_LETTER_SPACED,
        /**
         * A space, ASCII and ideographic in turn, after every third Chinese character followed by another: justified
         * text whose wider gaps PDF extraction kept.
         */
        PROSE_SPACED_EVERY_FEW,
        /** Prose wrapped as by PDF text extraction, each cut moved into a nearby number or between it and its unit. */
        PROSE_WRAPPED_IN_NUMBERS,
        /** Every count of the prose on a line of its own, its unit opening the next (a web page's styled figures). */
        PROSE_NUMBERS_ON_OWN_LINES,
        /**
         * Prose wrapped as by PDF text extraction with a page number every seven printed lines, inside paragraphs,
         * written {@code — n —}, {@code 第 n 页 共 m 页} or {@code - n -}, with or without blank lines around it.
         */
        PROSE_PAGE_NUMBERS_INSIDE,
        /** Full-width punctuation of the prose half-width and half-width full-width (，↔, ；↔; ：↔: （↔( ）↔) ！↔! ？↔?). */
        PROSE_PUNCTUATION_SWAPPED,
        /** Counts of a thousand or more grouped by thousands ({@code 1,725条}), then every digit of the prose full-width. */
        PROSE_GROUPED_FULL_WIDTH_DIGITS,
        /** Counts from 1 to 99 of the prose in Chinese numerals (一件, 两件, 十六件, 二十一条): small counts as often typed. */
        PROSE_CHINESE_NUMERALS;

        public String apply(String text) {
            return switch (this) {
                case ONE_LINE_RUN -> oneLine(text, Values.RUN);
                case ONE_LINE_SPACED -> oneLine(text, Values.SPACED);
                case ONE_LINE_PIPED -> oneLine(text, Values.PIPED);
                case PDF_WRAPPED -> pdfWrapped(text, 34, 40, (rest, cut) -> cut, PageNumbers.PLAIN);
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
                case PROSE_LETTER_SPACED -> prose(text, WildRenderings::letterSpaced);
                case PROSE_SPACED_EVERY_FEW -> prose(text, line -> spacedEvery(line, 3));
                case PROSE_WRAPPED_IN_NUMBERS -> pdfWrapped(text, 34, 40, WildRenderings::cutInNumber, PageNumbers.PLAIN);
                case PROSE_NUMBERS_ON_OWN_LINES -> prose(text, WildRenderings::numbersOnOwnLines);
                case PROSE_PAGE_NUMBERS_INSIDE -> pdfWrapped(text, 34, 7, (rest, cut) -> cut, PageNumbers.VARIED);
                case PROSE_PUNCTUATION_SWAPPED -> prose(text, WildRenderings::punctuationSwapped);
                case PROSE_GROUPED_FULL_WIDTH_DIGITS -> prose(text, line -> fullWidthDigits(groupedThousands(line)));
                case PROSE_CHINESE_NUMERALS -> prose(text, WildRenderings::chineseNumeralCounts);
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

    /** How a page's number is printed between the pages of {@link #pdfWrapped}. */
    public enum PageNumbers {
        /** {@code - n -} between blank lines. */
        PLAIN,
        /** In turn {@code — n —} alone, {@code 第 n 页 共 m 页} between blank lines, {@code - n -} alone. */
        VARIED;

        List<String> lines(int page, int pages) {
            if (this == PLAIN) return List.of("", "- " + page + " -", "");
            return switch (page % 3) {
                case 1 -> List.of("— " + page + " —");
                case 2 -> List.of("", "第 " + page + " 页 共 " + pages + " 页", "");
                default -> List.of("- " + page + " -");
            };
        }
    }

    /** Where a line of PDF text is cut: given the rest of the paragraph and the cut at the page width, the cut made. */
    @FunctionalInterface
    public interface Cut {
        int at(String rest, int atWidth);
    }

    /**
     * Prose lines cut where they reach {@code width} full-width characters (two ASCII characters take the place of
     * one) as PDF text extraction prints them, the cut moved by {@code cut}, with a page number in {@code numbers}'
     * form after every {@code pageLines} printed lines; table rows stay as they are.
     */
    public static String pdfWrapped(String text, int width, int pageLines, Cut cut, PageNumbers numbers) {
        List<List<String>> pages = new ArrayList<>();
        List<String> page = new ArrayList<>();
        int onPage = 0;
        for (String line : text.split("\r?\n")) {
            if (cells(line) != null || line.isBlank() || line.strip().length() <= width) {
                page.add(line);
                onPage++;
                continue;
            }
            String rest = line.strip();
            boolean first = true;
            while (!rest.isEmpty()) {
                int end = 0;
                for (int columns = 0; end < rest.length() && columns < 2 * width; end++) columns += columns(rest.charAt(end));
                if (end < rest.length()) end = cut.at(rest, end);
                page.add((first ? "    " : "") + rest.substring(0, end));
                rest = rest.substring(end);
                first = false;
                if (++onPage >= pageLines && !rest.isEmpty()) {
                    pages.add(page);
                    page = new ArrayList<>();
                    onPage = 0;
                }
            }
        }
        pages.add(page);
        List<String> out = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            out.addAll(pages.get(p));
            if (p + 1 < pages.size()) out.addAll(numbers.lines(p + 1, pages.size()));
        }
        return String.join("\n", out) + "\n";
    }

    /** A cut within three characters of {@code atWidth} that falls inside a number or between it and its unit, if any. */
    static int cutInNumber(String rest, int atWidth) {
        for (int shift = 0; shift <= 3; shift++) {
            for (int at : new int[] {atWidth - shift, atWidth + shift}) {
                if (at < 1 || at >= rest.length() || !Character.isDigit(rest.charAt(at - 1))) continue;
                if (Character.isDigit(rest.charAt(at)) || COUNT_UNITS.indexOf(rest.charAt(at)) >= 0) return at;
            }
        }
        return atWidth;
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
            if (line.length() <= 40) lines.set(i, letterSpaced(line));
            break;
        }
        return String.join("\n", lines);
    }

    /** Every prose line (not blank, not a table row) through {@code rendering}; every other line as it is. */
    public static String prose(String text, Function<String, String> rendering) {
        List<String> out = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            boolean prose = !line.isBlank() && cells(line) == null;
            out.add(prose ? rendering.apply(line) : line);
        }
        return String.join("\n", out);
    }

    /** A space between every two characters of the line (its spaces dropped first), its indentation kept. */
    static String letterSpaced(String line) {
        String indent = line.substring(0, line.length() - line.stripLeading().length());
        return indent + String.join(" ", line.strip().replace(" ", "").split(""));
    }

    /** A space, ASCII and ideographic in turn, after every {@code n}th Chinese character followed by another. */
    static String spacedEvery(String line, int n) {
        StringBuilder out = new StringBuilder(line.length() * 4 / 3);
        int chinese = 0;
        int spaces = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            out.append(c);
            boolean han = c >= '\u4E00' && c <= '\u9FFF';
            if (han && ++chinese % n == 0 && i + 1 < line.length() && line.charAt(i + 1) >= '\u4E00' && line.charAt(i + 1) <= '\u9FFF') {
                out.append(spaces++ % 2 == 0 ? ' ' : '\u3000');
            }
        }
        return out.toString();
    }

    /** Every count's number on a line of its own: {@code 申请16件，} → {@code 申请}, {@code 16}, {@code 件，}. */
    static String numbersOnOwnLines(String line) {
        return COUNT.matcher(line).replaceAll("\n$1\n");
    }

    /** Full-width punctuation half-width and the other way round. */
    static String punctuationSwapped(String line) {
        StringBuilder out = new StringBuilder(line.length());
        for (char c : line.toCharArray()) {
            int full = FULL_WIDTH_PUNCTUATION.indexOf(c);
            int half = HALF_WIDTH_PUNCTUATION.indexOf(c);
            out.append(full >= 0 ? HALF_WIDTH_PUNCTUATION.charAt(full) : half >= 0 ? FULL_WIDTH_PUNCTUATION.charAt(half) : c);
        }
        return out.toString();
    }

    /** Counts of 1,000 or more grouped by thousands with commas. */
    static String groupedThousands(String line) {
        return COUNT.matcher(line).replaceAll(m -> String.format(Locale.ROOT, "%,d", Long.parseLong(m.group(1))));
    }

    /** Counts from 1 to 99 in Chinese numerals, 2 as 两: {@code 16件} → {@code 十六件}. */
    static String chineseNumeralCounts(String line) {
        return COUNT.matcher(line).replaceAll(m -> {
            int n = Integer.parseInt(m.group(1));
            return n < 1 || n > 99 ? m.group(1) : chinese(n);
        });
    }

    private static String chinese(int n) {
        String digits = "零一二三四五六七八九";
        if (n == 2) return "两";
        if (n < 10) return String.valueOf(digits.charAt(n));
        return (n >= 20 ? String.valueOf(digits.charAt(n / 10)) : "") + "十" + (n % 10 == 0 ? "" : digits.charAt(n % 10));
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
