package dev.kehu.console.api;

import java.util.List;

/** A page of a collection, as every service lists one ({@code items}, {@code total}; paging fields unused). */
public record Page<T>(List<T> items, long total) {

    public Page {
        items = items == null ? List.of() : items;
    }
}
