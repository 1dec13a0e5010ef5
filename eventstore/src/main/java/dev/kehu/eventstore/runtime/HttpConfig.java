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

    /**
     * Requests in flight below which nothing is shed, whatever the detector's adaptive limit says: after a
     * burst of slow requests (writers queued on one row) TCP Vegas can bring its limit down to 1, and a
     * service that sheds its second concurrent request is not at capacity. Its database pool's size.
     */
    @WithDefault("20")
    int minLimit();

    /** The {@code Retry-After} header's value: whole seconds, at least one. */
    default String retryAfterSeconds() {
        return Long.toString(Math.max(1, (retryAfter().toMillis() + 999) / 1000));
    }
}
