package nianbao.notify.dashboard;

import java.util.List;

/** One page of a longer list: its items, the total, the page number (from 0) and the page size. */
public record Page<T>(List<T> items, int total, int page, int size) {

    public Page {
        items = List.copyOf(items);
    }

    /** The {@code page}-th slice of {@code all}; a page past the end is empty, a size below 1 counts as 1. */
    public static <T> Page<T> of(List<T> all, int page, int size) {
        int perPage = Math.max(1, size);
        int number = Math.max(0, page);
        int from = (int) Math.min((long) number * perPage, all.size());
        return new Page<>(all.subList(from, Math.min(from + perPage, all.size())), all.size(), number, perPage);
    }
}
