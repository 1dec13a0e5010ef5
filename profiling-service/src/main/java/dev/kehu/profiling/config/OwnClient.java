package dev.kehu.profiling.config;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.jwt.JsonWebToken;

import dev.kehu.eventstore.problem.ProblemException;
import dev.kehu.eventstore.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * The library's {@code OwnClientOnly} compares a {@code {clientId}} path parameter with a client token's
 * claim; paths without one (a check by its id) compare the client of what they reach here, in code.
 */
@RequestScoped
public class OwnClient {

    @Inject
    SecurityIdentity identity;

    /** A 403 when a client token (and no staff role) reaches for another client's {@code clientId}. */
    public void require(String clientId) {
        boolean onlyClient = identity.hasRole(Roles.CLIENT) && Roles.STAFF.stream().noneMatch(identity::hasRole);
        if (!onlyClient) {
            return;
        }
        Object own = identity.getPrincipal() instanceof JsonWebToken jwt ? jwt.getClaim(Roles.CLIENT_ID_CLAIM) : null;
        if (own == null || !own.toString().equals(clientId)) {
            throw new ProblemException(403, "Forbidden", "a client token reaches only its own clientId", List.of(),
                    Map.of());
        }
    }
}
