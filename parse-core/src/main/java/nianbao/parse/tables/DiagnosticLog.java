package nianbao.parse.tables;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nianbao.report.Diagnostic;
import nianbao.report.SourceSpan;
import nianbao.report.tables.CellRef;
import nianbao.report.tables.TableId;

/**
 * Collects parse diagnostics per code and table, so that e.g. 22 short rows give one P-MISALIGNED listing their
 * cells rather than 22 copies; the span is that of the first occurrence.
 */
final class DiagnosticLog {

    private record Key(String code, TableId table) {
    }

    private record Entry(String code, TableId table, Set<String> notes, SourceSpan span, Set<CellRef> cells) {
    }

    private final Map<Key, Entry> entries = new LinkedHashMap<>();

    void add(String code, TableId table, String note, SourceSpan span, List<CellRef> cells) {
        Entry e = entries.computeIfAbsent(new Key(code, table),
                k -> new Entry(code, table, new LinkedHashSet<>(), span, new LinkedHashSet<>()));
        e.notes.add(note);
        e.cells.addAll(cells);
    }

    List<Diagnostic> diagnostics() {
        return entries.values().stream()
                .map(e -> new Diagnostic(e.code, tableName(e.table) + ": " + String.join("; ", e.notes), e.span, List.copyOf(e.cells)))
                .toList();
    }

    private static String tableName(TableId table) {
        return switch (table) {
            case T2 -> "table 二";
            case T3 -> "table 三";
            case T4 -> "table 四";
        };
    }
}
