package org.crosswalk.shared;

import java.util.List;

/** One page of a longer list, counted so the page can say "21–40 of 161". */
public record PageOf<T>(List<T> items, int page, int size, long total) {

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }

    public long firstShown() {
        return items.isEmpty() ? 0 : (long) page * size + 1;
    }

    public long lastShown() {
        return (long) page * size + items.size();
    }
}
