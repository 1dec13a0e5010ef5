package dev.kehu.eventstore.rest;

import java.util.ArrayList;
import java.util.List;

import dev.kehu.eventstore.problem.FieldError;
import dev.kehu.eventstore.problem.ProblemException;

/**
 * {@code page} (from 0, default 0) and {@code size} (1..100, default 20) of a collection request;
 * every Kehu collection endpoint pages the same way. A page starts at most {@value #MAX_OFFSET} rows in
 * ({@code page × size}, docs/contract.md "Paging"): deeper than that an offset scan is too costly to
 * serve, so it is a 400 naming {@code page}, and no offset computed from a page can overflow an int.
 */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    /** The furthest row a page may start at; narrow the filter to see beyond it. */
    public static final int MAX_OFFSET = 100_000;

    /** Parses the raw query values so that a non-number is a 400 naming the field, not a 404. */
    public static PageRequest parse(String page, String size) {
        List<FieldError> errors = new ArrayList<>();
        int p = number("page", page, 0, 0, Integer.MAX_VALUE, errors);
        int s = number("size", size, DEFAULT_SIZE, 1, MAX_SIZE, errors);
        if (errors.isEmpty() && (long) p * s > MAX_OFFSET) {
            errors.add(new FieldError("page", "page × size may be at most " + MAX_OFFSET + " (with size " + s
                    + ", page at most " + MAX_OFFSET / s + "); narrow the filter to see further"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest(errors);
        }
        return new PageRequest(p, s);
    }

    /** The first row of the page: at most {@value #MAX_OFFSET}, so it fits an int where Panache takes one. */
    public int offset() {
        return page * size;
    }

    private static int number(String field, String raw, int fallback, int min, int max, List<FieldError> errors) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            int v = Integer.parseInt(raw.trim());
            if (v >= min && v <= max) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below with the allowed range
        }
        errors.add(new FieldError(field, "must be a whole number from " + min + (max == Integer.MAX_VALUE ? ""
                : " to " + max)));
        return fallback;
    }
}
