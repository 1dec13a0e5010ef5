package dev.kehu.retention.config;

import java.util.Comparator;
import java.util.List;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import dev.kehu.eventstore.problem.FieldError;
import dev.kehu.eventstore.problem.ProblemException;
import dev.kehu.eventstore.runtime.ProblemMappers;
import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * A request that breaks a Bean Validation constraint of a resource method's parameters is a 400
 * problem+json naming each offending field as the body spells it ({@code trigger}, {@code steps[0].action};
 * the parameter's own name, e.g. {@code body}, when the parameter itself is missing), like every other
 * 400 (docs/contract.md, REST conventions). The library's {@link ProblemMappers} does not map these yet: this
 * one names the fields and lets the library write the answer, as it writes every other problem. A violation
 * inside the service (not on a request) stays a 500.
 */
public class InvalidRequestMapper {

    private final ProblemMappers problems;

    public InvalidRequestMapper(ProblemMappers problems) {
        this.problems = problems;
    }

    @ServerExceptionMapper
    public Response invalid(ResteasyReactiveViolationException e, UriInfo uri) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(field(v.getPropertyPath()), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message)).toList();
        return problems.problem(ProblemException.badRequest(errors), uri);
    }

    /** {@code recordContact.body.notes} → {@code notes}; {@code proposal.body.steps[0].action} → {@code steps[0].action}. */
    static String field(Path path) {
        StringBuilder field = new StringBuilder();
        String parameter = null;
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            if (node.isInIterable()) {
                field.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
            }
            if (node.getKind() != ElementKind.CONTAINER_ELEMENT && node.getName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        return field.isEmpty() && parameter != null ? parameter : field.toString();
    }
}
