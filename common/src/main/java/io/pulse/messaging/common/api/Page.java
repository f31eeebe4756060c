package io.pulse.messaging.common.api;

import java.util.List;
import java.util.function.Function;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list: its items, and the cursor of the next page (null on the last page). */
public record Page<T>(
        List<T> items,
        @Schema(description = "Pass as ?cursor= to get the next page; null when this is the last page", nullable = true)
        String nextCursor) {

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), nextCursor);
    }

    /**
     * Cuts a result fetched with {@code limit + 1} rows into a page: the extra row only tells that there is a
     * next page, which continues after the last row kept.
     */
    public static <T> Page<T> of(List<T> rows, int limit, Function<T, Cursor> cursorOf) {
        if (rows.size() <= limit) {
            return new Page<>(List.copyOf(rows), null);
        }
        List<T> items = List.copyOf(rows.subList(0, limit));
        return new Page<>(items, cursorOf.apply(items.get(limit - 1)).encode());
    }
}
