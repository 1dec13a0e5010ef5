package dev.kehu.eventstore.rest;

import java.util.List;

/** One page of a collection. */
public record Page<T>(List<T> items, int page, int size, long total) {
}
