package dev.kehu.eventstore.runtime;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the services answer when they cannot serve now (docs/contract.md "Overload and outages"). */
@ConfigMapping(prefix = "kehu.http")
public interface HttpConfig {

    /** The {@code Retry-After} of every 503: a request shed at capacity, a database that cannot be reached. */
    @WithDefault("2s")
    Duration retryAfter();

    /** The {@code Retry-After} header's value: whole seconds, at least one. */
    default String retryAfterSeconds() {
        return Long.toString(Math.max(1, (retryAfter().toMillis() + 999) / 1000));
    }
}
