package dev.kehu.console.config;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The console's own settings ({@code kehu.console.*}). Every default is the safe one for a deployment:
 * what only a local run may relax ({@code dev-sign-in}, {@code secure-cookie}) is switched by
 * {@code ./kehu up}, never here (docs/security.md).
 */
@ConfigMapping(prefix = "kehu.console")
public interface ConsoleConfig {

    /** The development sign-in (pick a role and any name): only {@code ./kehu up} and the tests turn it on. */
    @WithDefault("false")
    boolean devSignIn();

    /** Life of the token the console holds for a person, renewed while the session is used: 1 to 60. */
    @WithDefault("60")
    int tokenMinutes();

    /** A session ends this long after sign-in however busy it is. */
    @WithDefault("12h")
    Duration sessionMax();

    /** At most this many sessions at once; past it the one idle longest is ended. */
    @WithDefault("10000")
    int maxSessions();

    /** {@code Secure} on the console's cookies: true unless served over plain http (./kehu up, tests). */
    @WithDefault("true")
    boolean secureCookie();

    /** The {@code aud} of the tokens the development sign-in signs; the services require it. */
    @WithDefault("kehu")
    String tokenAudience();

    /**
     * The key that signs the forms' CSRF tokens (at least 32 characters). Unset: a random key per
     * process, so a restart only asks people to reload an open form (they sign in again anyway).
     */
    Optional<String> csrfKey();

    /**
     * Origins besides the console's own that may post its forms, e.g. {@code https://console.branch.example}
     * when a proxy rewrites the {@code Host} header.
     */
    Optional<List<String>> allowedOrigins();

    Calls calls();

    /** How the pages call the three services. */
    interface Calls {

        /** A page part whose service has not answered by then shows as unavailable. */
        @WithDefault("5s")
        Duration deadline();

        /** Calls in flight at once, for all pages together. */
        @WithDefault("16")
        int threads();

        /** Calls waiting for a thread; past that a part shows as unavailable (the console is busy). */
        @WithDefault("64")
        int queue();
    }
}
