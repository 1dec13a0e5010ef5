package dev.kehu.eventstore.rest;

import java.util.ArrayList;
import java.util.List;

import dev.kehu.eventstore.problem.FieldError;
import dev.kehu.eventstore.problem.ProblemException;

/**
 * {@code page} (from 0, default 0) and {@code size} (1..100, default 20) of a collection request;
 * every Kehu collection endpoint pages the same way.
 */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    /** Parses the raw query values so that a non-number is a 400 naming the field, not a 404. */
    public static PageRequest parse(String page, String size) {
        List<FieldError> errors = new ArrayList<>();
        int p = number("page", page, 0, 0, Integer.MAX_VALUE, errors);
        int s = number("size", size, DEFAULT_SIZE, 1, MAX_SIZE, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest(errors);
        }
        return new PageRequest(p, s);
    }

    public long offset() {
        return (long) page * size;
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
