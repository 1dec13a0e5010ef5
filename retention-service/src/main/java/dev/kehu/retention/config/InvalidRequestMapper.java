package dev.kehu.retention.config;

import java.util.Comparator;
import java.util.List;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import dev.kehu.eventstore.problem.FieldError;
import dev.kehu.eventstore.problem.Problem;
import dev.kehu.eventstore.problem.ProblemException;
import dev.kehu.eventstore.runtime.CurrentRequest;
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
 * 400 (docs/contract.md, REST conventions). The library's {@code ProblemMappers} does not map these yet;
 * a violation inside the service (not on a request) stays a 500.
 */
public class InvalidRequestMapper {

    private final CurrentRequest request;

    public InvalidRequestMapper(CurrentRequest request) {
        this.request = request;
    }

    @ServerExceptionMapper
    public Response invalid(ResteasyReactiveViolationException e, UriInfo uri) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(field(v.getPropertyPath()), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message)).toList();
        Problem problem = ProblemException.badRequest(errors).problem();
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE)
                .entity(problem.withContext(uri.getPath(), request.correlationId())).build();
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
