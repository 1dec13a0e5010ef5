package dev.kehu.eventstore.runtime;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "kehu.metrics")
public interface MetricsConfig {

    /**
     * Whether {@code /q/metrics} is served. Off in the packaged application (it tells anyone who can reach
     * the port what the service does); {@code ./kehu up} and a deployment's scrape configuration turn it on.
     */
    @WithDefault("false")
    boolean enabled();
}
