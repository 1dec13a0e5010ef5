package dev.kehu.eventstore.security;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import dev.kehu.eventstore.problem.ProblemException;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.ws.rs.container.ContainerRequestContext;

/**
 * Enforces the role table on every REST endpoint (health, metrics and OpenAPI are not REST
 * resources and stay open). 401 without a valid token, 403 for a role the table does not allow
 * or a client reaching for another client's data. The first matching rule decides.
 */
public class AccessPolicy {

    static final List<AccessRule> RULES = List.of(
            AccessRule.of("GET", "/api/v1/questionnaires/.*", "advisor,manager,auditor,client"),
            AccessRule.of("GET", "/api/v1/clients/([^/]+)/(risk-assessments|service-surveys)(/[^/]+)?",
                    "advisor,manager,auditor,client"),
            AccessRule.of("POST", "/api/v1/clients/([^/]+)/(risk-assessments|service-surveys)", "advisor,manager,client"),
            AccessRule.of("GET", "/api/v1/admin/.*", "manager,auditor"),
            AccessRule.of("POST|PUT|DELETE", "/api/v1/admin/.*", "manager"),
            AccessRule.of("GET", "/api/v1/retention/stats", "manager,auditor"),
            AccessRule.of("POST", "/api/v1/retention-tasks/[^/]+/assign", "manager"),
            AccessRule.of("GET", "/api/.*", "advisor,manager,auditor"),
            AccessRule.of("POST|PUT|PATCH|DELETE", "/api/.*", "advisor,manager"));

    @ConfigMapping(prefix = "kehu.security")
    public interface Config {
        /** Whether REST endpoints demand a bearer token (switch off only on an isolated developer machine). */
        @WithDefault("true")
        boolean enabled();
    }

    private final SecurityIdentity identity;
    private final Config config;

    public AccessPolicy(SecurityIdentity identity, Config config) {
        this.identity = identity;
        this.config = config;
    }

    @ServerRequestFilter
    public void authorize(ContainerRequestContext request) {
        if (!config.enabled()) {
            return;
        }
        String path = "/" + request.getUriInfo().getPath().replaceAll("^/+", "");
        String method = request.getMethod();
        if (identity.isAnonymous()) {
            throw new ProblemException(401, "Unauthorized", "a valid bearer token is required", List.of(), Map.of());
        }
        AccessRule rule = RULES.stream().filter(r -> r.matches(method, path)).findFirst().orElse(null);
        if (rule == null || !allowed(rule, path)) {
            throw new ProblemException(403, "Forbidden", "role " + identity.getRoles() + " may not " + method + " " + path,
                    List.of(), Map.of());
        }
    }

    private boolean allowed(AccessRule rule, String path) {
        for (String role : identity.getRoles()) {
            if (!rule.roles().contains(role)) {
                continue;
            }
            if (!role.equals(Roles.CLIENT)) {
                return true;
            }
            if (!rule.namesAClient()) {
                return true; // e.g. the questionnaires: the same for every client
            }
            String own = identity.getPrincipal() instanceof JsonWebToken jwt ? jwt.getClaim(Roles.CLIENT_ID_CLAIM) : null;
            if (own != null && own.equals(rule.pathClientId(path))) {
                return true;
            }
        }
        return false;
    }
}
