package dev.kehu.eventstore.runtime;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import dev.kehu.eventstore.ConcurrencyConflictException;
import dev.kehu.eventstore.problem.FieldError;
import dev.kehu.eventstore.problem.Problem;
import dev.kehu.eventstore.problem.ProblemException;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** Every error leaves as application/problem+json; nothing escapes as a bare 500 page. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private final CurrentRequest request;
    private final HttpConfig http;

    public ProblemMappers(CurrentRequest request, HttpConfig http) {
        this.request = request;
        this.http = http;
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.problem(), uri);
    }

    @ServerExceptionMapper
    public Response conflict(ConcurrencyConflictException e, UriInfo uri) {
        return respond(ProblemException.conflict("the resource was changed by someone else: " + e.getMessage(),
                Map.of("currentVersion", e.actualVersion())).problem(), uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response unreadableBody(JsonProcessingException e, UriInfo uri) {
        String field = e instanceof JsonMappingException m ? path(m) : "";
        String message = e instanceof UnrecognizedPropertyException ? "unknown field"
                : e instanceof InvalidFormatException f && TextWithoutNul.refused(f) ? TextWithoutNul.MESSAGE
                : e instanceof JsonMappingException ? "wrong type or format" : "malformed JSON";
        List<FieldError> errors = List.of(new FieldError(field.isEmpty() ? "body" : field, message));
        return respond(ProblemException.badRequest(errors).problem(), uri);
    }

    /** Named for itself: Quarkus' own mapper for this Jackson error is a closer match than the one above. */
    @ServerExceptionMapper(priority = 1)
    public Response mistypedBody(MismatchedInputException e, UriInfo uri) {
        return unreadableBody(e, uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response mistypedValue(InvalidFormatException e, UriInfo uri) {
        return unreadableBody(e, uri);
    }

    /** No token, or one that fails verification (proactive authentication is off so this mapper sees it). */
    @ServerExceptionMapper({AuthenticationFailedException.class, UnauthorizedException.class,
            AuthenticationCompletionException.class})
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        return response(new ProblemException(401, "Unauthorized", "a valid bearer token is required", List.of(),
                Map.of()).problem(), uri).header("WWW-Authenticate", "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(new ProblemException(403, "Forbidden", "your role may not call this operation", List.of(),
                Map.of()).problem(), uri);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "Error" : known.getReasonPhrase();
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadableBody(json, uri);
        }
        return respond(new ProblemException(status, title, e.getMessage(), List.of(), Map.of()).problem(), uri);
    }

    @ServerExceptionMapper
    public Response database(DataAccessException e, UriInfo uri) {
        return database(e.sqlException(), e, uri);
    }

    /**
     * Anything else. A database failure wrapped by Hibernate, JPA, a transaction or the pool is still a
     * database failure: an unreachable database is a 503 on every path, Panache reads included, never a 500.
     */
    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        java.util.Optional<java.sql.SQLException> sql = DataAccessException.sqlCause(e);
        if (sql.isPresent()) {
            return database(sql.get(), e, uri);
        }
        return internal(e, uri);
    }

    private Response database(java.sql.SQLException sql, Throwable e, UriInfo uri) {
        String state = sql.getSQLState();
        if (state != null && state.startsWith("22")) {
            // a data exception: the input holds something the database cannot store (e.g. NUL)
            return respond(ProblemException.badRequest("input", "contains characters or values that cannot be stored")
                    .problem(), uri);
        }
        if (DataAccessException.isTransient(sql)) {
            LOG.warnf("database unavailable on %s: %s", uri.getPath(), sql.getMessage());
            return respond(new ProblemException(503, "Service Unavailable", "the database is unavailable, retry later",
                    List.of(), Map.of()).problem(), uri);
        }
        return internal(e, uri);
    }

    private Response internal(Throwable e, UriInfo uri) {
        LOG.errorf(e, "unexpected error on %s (correlation %s)", uri.getPath(), request.correlationId());
        return respond(new ProblemException(500, "Internal Server Error",
                "unexpected error; quote the correlation id when reporting it", List.of(), Map.of()).problem(), uri);
    }

    private Response respond(Problem problem, UriInfo uri) {
        return response(problem, uri).build();
    }

    private Response.ResponseBuilder response(Problem problem, UriInfo uri) {
        Response.ResponseBuilder response = Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(problem.withContext(uri.getPath(), request.correlationId()));
        // every 503 says when to come back (docs/contract.md "Overload and outages")
        return problem.status() == 503 ? response.header("Retry-After", http.retryAfterSeconds()) : response;
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }
}
