package dev.kehu.eventstore.problem;

/** One offending input field and what is wrong with it. */
public record FieldError(String field, String message) {
}
