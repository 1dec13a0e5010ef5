package dev.kehu.profiling.config;

import java.util.Optional;

import dev.kehu.eventstore.problem.FieldError;
import dev.kehu.eventstore.problem.ProblemException;

/** Client ids as the back office issues them; anything else is refused before it reaches a stream name. */
public final class ClientIds {

    private static final String PATTERN = "[A-Za-z0-9_-]{1,64}";

    private ClientIds() {
    }

    public static Optional<FieldError> problem(String clientId) {
        return clientId != null && clientId.matches(PATTERN) ? Optional.empty()
                : Optional.of(new FieldError("clientId", "must match " + PATTERN));
    }

    public static String require(String clientId) {
        problem(clientId).ifPresent(e -> {
            throw ProblemException.badRequest(java.util.List.of(e));
        });
        return clientId;
    }
}
