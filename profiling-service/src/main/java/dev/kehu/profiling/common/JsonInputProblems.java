package dev.kehu.profiling.common;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import dev.kehu.eventstore.problem.FieldError;
import dev.kehu.eventstore.problem.Problem;
import dev.kehu.eventstore.runtime.CurrentRequest;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * A body value of the wrong type (e.g. {@code "age": "forty"}) as a problem+json naming the field.
 * Quarkus' built-in mapper for {@link MismatchedInputException} is closer to the exception than the
 * shared library's JsonProcessingException mapper and would answer with plain JSON; remove this
 * class once the library maps MismatchedInputException itself.
 */
public class JsonInputProblems {

    private final CurrentRequest request;

    public JsonInputProblems(CurrentRequest request) {
        this.request = request;
    }

    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e, UriInfo uri) {
        String path = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        String field = path.isEmpty() ? "body" : path;
        Problem problem = new Problem("about:blank", "Invalid input", 400, "invalid fields: " + field, uri.getPath(),
                List.of(new FieldError(field, "wrong type or format")), request.correlationId(), Map.of());
        return Response.status(400).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
