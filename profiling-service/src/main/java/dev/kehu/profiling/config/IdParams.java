package dev.kehu.profiling.config;

import java.util.UUID;

import dev.kehu.eventstore.problem.ProblemException;

/** Path parameters that name a record by its UUID (an assessment, a suitability check, a re-scoring job). */
public final class IdParams {

    private IdParams() {
    }

    /** The UUID in {@code raw}; anything else is a 400 naming {@code field}. */
    public static UUID uuid(String field, String raw) {
        try {
            return UUID.fromString(raw);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest(field, "not a UUID");
        }
    }
}
