package dev.kehu.eventstore.security;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import dev.kehu.eventstore.problem.ProblemException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.SecurityContext;

/**
 * A client token reaches only its own data: on any operation a client role may call
 * ({@code @RolesAllowed} decides that), a {@code {clientId}} path parameter must equal the token's
 * {@value Roles#CLIENT_ID_CLAIM} claim. Staff roles are not limited. Knows no service's paths: it reads
 * the path parameter the matched operation declares.
 */
public class OwnClientOnly {

    static final String PATH_PARAMETER = "clientId";

    @ServerRequestFilter
    public void check(ContainerRequestContext request) {
        List<String> named = request.getUriInfo().getPathParameters().get(PATH_PARAMETER);
        if (named == null || named.isEmpty()) {
            return; // nothing client-specific, e.g. the questionnaires
        }
        SecurityContext security = request.getSecurityContext();
        if (!onlyClient(security)) {
            return; // staff, or nobody (an open operation): @RolesAllowed decides
        }
        // a client whose principal or clientId claim was not resolved reaches no client's data (fails closed)
        Object own = security.getUserPrincipal() instanceof JsonWebToken jwt ? jwt.getClaim(Roles.CLIENT_ID_CLAIM) : null;
        if (own == null || own.toString().isBlank()) {
            throw refused("a client token without a resolved " + Roles.CLIENT_ID_CLAIM + " reaches no client's data");
        }
        if (!own.toString().equals(named.get(0))) {
            throw refused("a client token reaches only its own clientId");
        }
    }

    private static ProblemException refused(String detail) {
        return new ProblemException(403, "Forbidden", detail, List.of(), Map.of());
    }

    private static boolean onlyClient(SecurityContext security) {
        return security.isUserInRole(Roles.CLIENT) && Roles.STAFF.stream().noneMatch(security::isUserInRole);
    }
}
