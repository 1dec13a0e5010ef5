package dev.kehu.eventstore.security;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Proxy;
import java.security.Principal;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.kehu.eventstore.problem.ProblemException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;

/** The filter fails closed: a client caller whose principal or clientId claim is not resolved is refused. */
class OwnClientOnlyTest {

    private static ContainerRequestContext request(String clientIdParameter, Principal principal, Set<String> roles) {
        MultivaluedHashMap<String, String> parameters = new MultivaluedHashMap<>();
        if (clientIdParameter != null) {
            parameters.add("clientId", clientIdParameter);
        }
        UriInfo uri = proxy(UriInfo.class, (m, a) -> m.equals("getPathParameters") ? parameters : null);
        SecurityContext security = proxy(SecurityContext.class, (m, a) -> switch (m) {
            case "getUserPrincipal" -> principal;
            case "isUserInRole" -> roles.contains((String) a[0]);
            default -> null;
        });
        return proxy(ContainerRequestContext.class, (m, a) -> switch (m) {
            case "getUriInfo" -> uri;
            case "getSecurityContext" -> security;
            default -> null;
        });
    }

    private interface Answer {
        Object answer(String method, Object[] args);
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, Answer answer) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (p, method, args) -> answer.answer(method.getName(), args));
    }

    @Test
    void aClientCallerWithNoPrincipalResolvedIsRefused() {
        ProblemException e = assertThrows(ProblemException.class,
                () -> new OwnClientOnly().check(request("C1", null, Set.of(Roles.CLIENT))));
        assertEquals(403, e.problem().status());
    }

    @Test
    void aClientTokenThatIsNotAJwtWithAClientIdIsRefused() {
        Principal plain = () -> "someone";
        ProblemException e = assertThrows(ProblemException.class,
                () -> new OwnClientOnly().check(request("C1", plain, Set.of(Roles.CLIENT))));
        assertEquals(403, e.problem().status());
    }

    @Test
    void staffAndPathsWithoutAClientAreLeftToTheRoles() {
        Principal advisor = () -> "ann";
        assertDoesNotThrow(() -> new OwnClientOnly().check(request("C1", advisor, Set.of(Roles.ADVISOR))));
        assertDoesNotThrow(() -> new OwnClientOnly().check(request(null, null, Set.of())));
        // nobody on an open operation: not this filter's to refuse (@RolesAllowed/@PermitAll decide)
        assertDoesNotThrow(() -> new OwnClientOnly().check(request("C1", null, Set.of())));
    }
}
