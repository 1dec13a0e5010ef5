package dev.kehu.console.auth;

import java.security.SecureRandom;
import java.util.Base64;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;

/**
 * The CSRF token of this request's forms, for the templates: every {@code <form method="post">} carries
 * {@code <input type="hidden" name="{inject:csrf.parameterName}" value="{inject:csrf.token}">}, and
 * {@link RequestGuard} refuses a POST without it.
 */
@Named("csrf")
@RequestScoped
public class CsrfToken {

    public static final String PARAMETER = "csrf-token";
    /** The browser's random seed for the tokens of forms posted without a console session (the sign-in). */
    public static final String SEED_COOKIE = "kehu_csrf";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    CsrfKey key;

    @Inject
    Session session;

    @Inject
    RoutingContext routing;

    private String newSeed;

    public String parameterName() {
        return PARAMETER;
    }

    /** The token (a page is rendered after the response filters: the seed was made by then, see {@link #prepare()}). */
    public String token() {
        String binding = binding();
        return binding == null ? "" : key.sign(binding);
    }

    /** Whether the form field of a POST is this request's token. */
    boolean accepts(String given) {
        String binding = binding();
        return binding != null && key.matches(binding, given);
    }

    /**
     * Before a page is made: a browser without a console session (the sign-in page; every page under
     * OIDC) and without a seed gets one, which {@link RequestGuard} sets as its cookie.
     */
    void prepare() {
        if (session.id() == null && seedCookie() == null) {
            byte[] bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            newSeed = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        }
    }

    /** A seed made for this page, for {@link RequestGuard} to set as the cookie; null when the browser has one. */
    String newSeed() {
        return newSeed;
    }

    /** {@code s:<session id>} when signed in to the console, else {@code b:<seed>}; null when there is neither. */
    private String binding() {
        if (session.id() != null) {
            return "s:" + session.id();
        }
        String seed = newSeed != null ? newSeed : seedCookie();
        return seed == null ? null : "b:" + seed;
    }

    private String seedCookie() {
        Cookie cookie = routing.request().getCookie(SEED_COOKIE);
        return cookie == null || cookie.getValue().isBlank() ? null : cookie.getValue();
    }
}
