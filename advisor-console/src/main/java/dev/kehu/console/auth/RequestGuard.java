package dev.kehu.console.auth;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

import dev.kehu.console.config.ConsoleConfig;
import dev.kehu.console.i18n.Msg;
import io.quarkus.qute.Template;

/**
 * Cross-site request forgery: a POST (or any method that may change something) is served only when
 * it comes from the console's own origin ({@code Origin}, else {@code Referer}, when the browser sends
 * one) and carries the form's CSRF token ({@link CsrfToken}). Anything else gets a 403 page and
 * reaches no resource, so nothing is changed. The sign-in form is guarded the same way (login CSRF).
 * Runs after {@link SessionFilter}: a POST without a session is sent to the sign-in first.
 */
public class RequestGuard {

    private static final Logger LOG = Logger.getLogger(RequestGuard.class);
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    CsrfToken csrf;

    @Inject
    Session session;

    @Inject
    ConsoleConfig config;

    @Inject
    Template refused;

    @ServerRequestFilter(priority = Priorities.AUTHORIZATION, readBody = true)
    public Optional<Response> guard(ResteasyReactiveContainerRequestContext request) {
        if (SAFE.contains(request.getMethod())) {
            csrf.prepare();
            return Optional.empty();
        }
        String why = foreignOrigin(request);
        if (why == null) {
            why = missingToken(request);
        }
        if (why == null) {
            return Optional.empty();
        }
        LOG.infof("refused %s %s: %s", request.getMethod(), request.getUriInfo().getPath(), why);
        return Optional.of(Response.status(Response.Status.FORBIDDEN).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(refused.data("m", Msg.of(session.lang())).render()).build());
    }

    /** The seed cookie a page's token was bound to, and no caching of pages (they show people's data). */
    @ServerResponseFilter
    public void pages(ContainerResponseContext response) {
        String seed = csrf.newSeed();
        if (seed != null) {
            response.getHeaders().add(HttpHeaders.SET_COOKIE, new NewCookie.Builder(CsrfToken.SEED_COOKIE).value(seed).path("/")
                    .httpOnly(true).secure(config.secureCookie()).sameSite(NewCookie.SameSite.STRICT).build());
        }
        if (response.getMediaType() != null && response.getMediaType().isCompatible(MediaType.TEXT_HTML_TYPE)) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
        }
    }

    private String foreignOrigin(ContainerRequestContext request) {
        // the authority the request was sent to (Host, or HTTP/2's :authority; the forwarded one behind a
        // proxy when quarkus.http.proxy.enable-forwarded-host is set)
        URI to = request.getUriInfo().getRequestUri();
        String host = to.getHost() == null ? null : to.getPort() == -1 ? to.getHost() : to.getHost() + ":" + to.getPort();
        String origin = request.getHeaderString("Origin");
        if (origin != null) {
            return sameOrigin(origin, host, config.allowedOrigins().orElse(List.of())) ? null : "Origin " + origin;
        }
        String referer = request.getHeaderString("Referer");
        if (referer != null) {
            return sameOrigin(referer, host, config.allowedOrigins().orElse(List.of())) ? null : "Referer " + referer;
        }
        return null; // not a browser, or one that sends neither: the token alone decides
    }

    private String missingToken(ResteasyReactiveContainerRequestContext request) {
        MediaType type = request.getMediaType();
        if (type == null || !type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)) {
            return "not a form (" + type + ")";
        }
        Object given = ((ResteasyReactiveRequestContext) request.getServerRequestContext())
                .getFormParameter(CsrfToken.PARAMETER, true, false);
        if (given == null) {
            return "no CSRF token";
        }
        return csrf.accepts(given.toString()) ? null : "a wrong CSRF token";
    }

    /**
     * Whether {@code url} (an Origin, or a Referer) is the console's own origin: the same host and
     * port as the request's {@code Host} (whose port, when it names none, is the default of the
     * url's scheme, so a TLS-terminating proxy that keeps {@code Host} passes), or one of the allowed.
     */
    static boolean sameOrigin(String url, String host, List<String> allowed) {
        String origin = originOf(url, null);
        if (origin == null) {
            return false; // "null" (an opaque origin), or junk
        }
        if (allowed.stream().map(a -> originOf(a, null)).anyMatch(origin::equals)) {
            return true;
        }
        String scheme = origin.substring(0, origin.indexOf(':'));
        return host != null && !host.isBlank() && origin.equals(originOf(scheme + "://" + host.strip(), scheme));
    }

    /** {@code scheme://host:port} with the port spelled out (the scheme's default when absent); null when unreadable. */
    private static String originOf(String url, String defaultsOf) {
        try {
            URI u = URI.create(url.strip());
            if (u.getScheme() == null || u.getHost() == null) {
                return null;
            }
            String scheme = u.getScheme().toLowerCase(Locale.ROOT);
            int port = u.getPort() != -1 ? u.getPort() : "https".equals(defaultsOf == null ? scheme : defaultsOf) ? 443 : 80;
            return scheme + "://" + u.getHost().toLowerCase(Locale.ROOT) + ":" + port;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
