package dev.kehu.eventstore.problem;

import java.util.List;
import java.util.Map;

/** Thrown by resources and services to answer with a problem+json of the given status. */
public class ProblemException extends RuntimeException {

    private final Problem problem;

    public ProblemException(int status, String title, String detail, List<FieldError> errors,
                            Map<String, Object> extensions) {
        super(detail);
        this.problem = new Problem("about:blank", title, status, detail, null, List.copyOf(errors), null,
                Map.copyOf(extensions));
    }

    public static ProblemException badRequest(List<FieldError> errors) {
        String fields = String.join(", ", errors.stream().map(FieldError::field).distinct().toList());
        return new ProblemException(400, "Invalid input", "invalid fields: " + fields, errors, Map.of());
    }

    public static ProblemException badRequest(String field, String message) {
        return badRequest(List.of(new FieldError(field, message)));
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(404, "Not found", detail, List.of(), Map.of());
    }

    public static ProblemException conflict(String detail, Map<String, Object> extensions) {
        return new ProblemException(409, "Conflict", detail, List.of(), extensions);
    }

    public Problem problem() {
        return problem;
    }
}
