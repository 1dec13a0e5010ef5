package dev.kehu.eventstore.runtime;

import java.util.List;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import dev.kehu.eventstore.problem.FieldError;
import dev.kehu.eventstore.problem.ProblemException;
import jakarta.ws.rs.container.ContainerRequestContext;

/** Refuses paths and query strings carrying control characters (NUL above all) before any resource sees them. */
public class ControlCharacterFilter {

    @ServerRequestFilter(preMatching = true)
    public void refuseControlCharacters(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        String query = request.getUriInfo().getRequestUri().getQuery();
        if (hasControl(path) || (query != null && hasControl(query))) {
            throw ProblemException.badRequest(List.of(new FieldError("path", "contains control characters")));
        }
    }

    private static boolean hasControl(String s) {
        return s.chars().anyMatch(ch -> ch < 0x20 || ch == 0x7f);
    }
}
