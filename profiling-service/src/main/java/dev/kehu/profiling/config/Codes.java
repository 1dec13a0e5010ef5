package dev.kehu.profiling.config;

import java.util.Arrays;
import java.util.List;

import dev.kehu.eventstore.problem.FieldError;
import dev.kehu.eventstore.problem.ProblemException;

/** Codes arrive as text (bodies and query parameters) so that an unknown one is a 400 naming its field. */
public final class Codes {

    private Codes() {
    }

    /** The constant named {@code raw}, or null after adding an error naming {@code field}. */
    public static <E extends Enum<E>> E code(Class<E> type, String field, String raw, List<FieldError> errors) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(raw)) {
                return e;
            }
        }
        errors.add(new FieldError(field, "must be one of " + Arrays.toString(type.getEnumConstants())));
        return null;
    }

    /** An optional query filter: null when absent, the constant when known, a 400 naming {@code field} otherwise. */
    public static <E extends Enum<E>> E filter(Class<E> type, String field, String raw) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        List<FieldError> errors = new java.util.ArrayList<>();
        E value = code(type, field, raw, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest(errors);
        }
        return value;
    }

    /** An optional boolean query filter: {@code true}/{@code false}, else a 400 naming {@code field}. */
    public static Boolean flag(String field, String raw) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        if (raw.equals("true") || raw.equals("false")) {
            return Boolean.valueOf(raw);
        }
        throw ProblemException.badRequest(field, "must be true or false");
    }
}
