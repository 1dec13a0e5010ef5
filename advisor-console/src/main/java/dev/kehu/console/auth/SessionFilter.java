package dev.kehu.console.auth;

import java.net.URI;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import dev.kehu.console.config.ConsoleConfig;
import dev.kehu.console.i18n.Msg;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Every page but the sign-in needs a session: the {@code kehu_session} cookie naming a live session
 * of the {@link SessionStore} (the token itself never leaves the server). Without one the browser is
 * sent to {@code /sign-in}. Also picks the language: {@code ?lang=}, else the cookie it left, else Chinese.
 * <p>
 * With OIDC on ({@code quarkus.oidc.tenant-enabled=true}, production) the session is the OIDC code-flow
 * session instead: a browser without one is sent to the provider (the mechanism's challenge), the role
 * is the first of advisor, manager, auditor among the identity's roles (the claim named by
 * {@code quarkus.oidc.roles.role-claim-path}) and the services are called with the person's access token.
 */
public class SessionFilter {

    public static final String SESSION_COOKIE = "kehu_session";
    public static final String LANG_COOKIE = "kehu_lang";

    @Inject
    SessionStore sessions;

    @Inject
    Session session;

    @Inject
    SecurityIdentity identity;

    @Inject
    ConsoleConfig config;

    @ConfigProperty(name = "quarkus.oidc.tenant-enabled", defaultValue = "false")
    boolean oidc;

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION)
    public Optional<Response> requireSession(ContainerRequestContext request) {
        String asked = request.getUriInfo().getQueryParameters().getFirst("lang");
        Cookie langCookie = request.getCookies().get(LANG_COOKIE);
        session.lang(Msg.supports(asked) ? asked : langCookie != null && Msg.supports(langCookie.getValue())
                ? langCookie.getValue() : Msg.DEFAULT_LANG);

        String path = request.getUriInfo().getPath();
        if (path.equals("/sign-in") || oidc && path.equals("/sign-out")) {
            return Optional.empty(); // under OIDC, /sign-out is the provider's logout (quarkus.oidc.logout.path)
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
            session.signedIn(null, access.getToken(), role, identity.getPrincipal().getName());
            return Optional.empty();
        }
        Cookie cookie = request.getCookies().get(SESSION_COOKIE);
        Optional<SessionStore.Entry> live = sessions.find(cookie == null ? null : cookie.getValue());
        if (live.isPresent()) {
            SessionStore.Entry e = live.get();
            session.signedIn(e.id(), e.token(), e.role(), e.name());
            return Optional.empty();
        }
        // signed out, expired or never signed in: nothing is done, the browser signs in again
        return Optional.of(Response.seeOther(URI.create("/sign-in")).cookie(sessionCookie("", 0, config.secureCookie())).build());
    }

    @ServerResponseFilter
    public void rememberLanguage(ContainerRequestContext request, ContainerResponseContext response) {
        String asked = request.getUriInfo().getQueryParameters().getFirst("lang");
        if (Msg.supports(asked)) {
            response.getHeaders().add("Set-Cookie", new NewCookie.Builder(LANG_COOKIE).value(asked).path("/")
                    .maxAge(365 * 24 * 3600).httpOnly(true).secure(config.secureCookie()).sameSite(NewCookie.SameSite.LAX).build());
        }
    }

    /**
     * The session cookie: HttpOnly, SameSite=Lax (a link from elsewhere still opens the page; forms are
     * guarded by their CSRF token), Secure unless {@code kehu.console.secure-cookie=false}; no Max-Age,
     * the server decides how long a session lives ({@code maxAge} -1). {@code maxAge} 0 deletes it.
     */
    static NewCookie sessionCookie(String value, int maxAge, boolean secure) {
        return new NewCookie.Builder(SESSION_COOKIE).value(value).path("/").httpOnly(true).secure(secure)
                .sameSite(NewCookie.SameSite.LAX).maxAge(maxAge).build();
    }
}
