package dev.kehu.console.auth;

import java.net.URI;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import dev.kehu.console.i18n.Msg;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Every page but the sign-in needs a session: the signed token in the HttpOnly cookie, verified
 * with the same key and issuer the services verify it with. Without one (or with an expired or
 * forged one) the browser is sent to {@code /sign-in}. Also picks the language: {@code ?lang=},
 * else the cookie it left, else Chinese.
 * <p>
 * With OIDC on ({@code quarkus.oidc.tenant-enabled=true}, production) the session is the OIDC code-flow
 * session instead: a browser without one is sent to the provider (the mechanism's challenge), the role
 * is the first of advisor, manager, auditor among the identity's roles (the claim named by
 * {@code quarkus.oidc.roles.role-claim-path}) and the services are called with the person's access token.
 */
public class SessionFilter {

    public static final String TOKEN_COOKIE = "kehu_session";
    public static final String LANG_COOKIE = "kehu_lang";

    @Inject
    JWTParser parser;

    @Inject
    Session session;

    @Inject
    SecurityIdentity identity;

    @ConfigProperty(name = "quarkus.oidc.tenant-enabled", defaultValue = "false")
    boolean oidc;

    @ServerRequestFilter
    public Optional<Response> requireSession(ContainerRequestContext request) {
        String asked = request.getUriInfo().getQueryParameters().getFirst("lang");
        Cookie langCookie = request.getCookies().get(LANG_COOKIE);
        session.lang(Msg.supports(asked) ? asked : langCookie != null && Msg.supports(langCookie.getValue())
                ? langCookie.getValue() : Msg.DEFAULT_LANG);

        String path = request.getUriInfo().getPath();
        if (path.equals("/sign-in") || path.equals("/sign-out")) {
            return Optional.empty();
        }
        if (oidc) {
            if (identity.isAnonymous()) {
                throw new UnauthorizedException(); // the OIDC web-app challenge: a redirect to the provider
            }
            AccessTokenCredential access = identity.getCredential(AccessTokenCredential.class);
            String role = identity.getRoles().stream().filter(SignInResource.ROLES::contains).findFirst().orElse(null);
            if (access == null || role == null) {
                return Optional.of(Response.status(403).type("text/plain;charset=UTF-8")
                        .entity("signed in, but with none of the roles advisor, manager, auditor").build());
            }
            session.signedIn(access.getToken(), role, identity.getPrincipal().getName());
            return Optional.empty();
        }
        Cookie cookie = request.getCookies().get(TOKEN_COOKIE);
        if (cookie != null && !cookie.getValue().isBlank()) {
            try {
                JsonWebToken jwt = parser.parse(cookie.getValue());
                String role = jwt.getGroups().stream().filter(SignInResource.ROLES::contains).findFirst().orElse(null);
                if (role != null) {
                    session.signedIn(cookie.getValue(), role, jwt.getName());
                    return Optional.empty();
                }
            } catch (ParseException e) {
                // expired, forged or from another key: sign in again
            }
        }
        return Optional.of(Response.seeOther(URI.create("/sign-in")).cookie(SignInResource.expired()).build());
    }

    @ServerResponseFilter
    public void rememberLanguage(ContainerRequestContext request, ContainerResponseContext response) {
        String asked = request.getUriInfo().getQueryParameters().getFirst("lang");
        if (Msg.supports(asked)) {
            response.getHeaders().add("Set-Cookie", new NewCookie.Builder(LANG_COOKIE).value(asked).path("/")
                    .maxAge(365 * 24 * 3600).sameSite(NewCookie.SameSite.LAX).build());
        }
    }
}
