package nianbao.notify.exports;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A table to hand on as a spreadsheet: a sheet title, Chinese headers, rows of cells. A cell is text, a
 * {@link Number} (written as a number) or null (empty).
 */
public record ExportTable(String title, List<String> headers, List<List<Object>> rows) {

    public ExportTable {
        headers = List.copyOf(headers);
        // null cells are allowed, so no List.copyOf
        List<List<Object>> copy = new ArrayList<>();
        rows.forEach(row -> copy.add(Collections.unmodifiableList(new ArrayList<>(row))));
        rows = Collections.unmodifiableList(copy);
    }
}
