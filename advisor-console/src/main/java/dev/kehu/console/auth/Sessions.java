package dev.kehu.console.auth;

import java.time.Clock;
import java.time.Duration;
import java.util.Set;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import dev.kehu.console.config.ConsoleConfig;
import io.smallrye.jwt.build.Jwt;

/**
 * The one {@link SessionStore} of the console. Its tokens are signed with the local run's key
 * ({@code smallrye.jwt.sign.key.location}) in the shape the services verify: issuer, {@code aud}
 * (kehu), {@code groups} = the role, {@code upn} = the name (docs/contract.md, "Authentication").
 */
public class Sessions {

    @Produces
    @Singleton
    SessionStore store(ConsoleConfig config,
            @org.eclipse.microprofile.config.inject.ConfigProperty(name = "smallrye.jwt.new-token.issuer") String issuer) {
        return new SessionStore(Clock.systemUTC(), Duration.ofMinutes(config.tokenMinutes()), config.sessionMax(),
                config.maxSessions(), (name, role, expires) -> Jwt.issuer(issuer).audience(config.tokenAudience())
                        .subject(name).upn(name).groups(Set.of(role)).expiresAt(expires).sign());
    }
}
