package dev.kehu.console.api;

import java.util.List;

/** What the console reads of a refused request's {@code application/problem+json} body. */
public record Problem(String title, String detail, List<FieldError> errors) {

    public Problem {
        errors = errors == null ? List.of() : errors;
    }

    /** A field the service refused, and why (in English: the console shows its own text beside the field). */
    public record FieldError(String field, String message) {
    }
}
