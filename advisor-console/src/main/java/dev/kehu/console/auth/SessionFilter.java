package dev.kehu.console.auth;

import java.net.URI;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import dev.kehu.console.i18n.Msg;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Every page but the sign-in needs a session: the signed token in the HttpOnly cookie, verified
 * with the same key and issuer the services verify it with. Without one (or with an expired or
 * forged one) the browser is sent to {@code /sign-in}. Also picks the language: {@code ?lang=},
 * else the cookie it left, else Chinese.
 */
public class SessionFilter {

    public static final String TOKEN_COOKIE = "kehu_session";
    public static final String LANG_COOKIE = "kehu_lang";

    @Inject
    JWTParser parser;

    @Inject
    Session session;

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
