package dev.kehu.eventstore.jobs;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "kehu.jobs")
public interface JobsConfig {

    /** How often a running job tells the database it is alive. */
    @WithDefault("10s")
    Duration heartbeat();

    /** A queued or running job silent this long is failed (its instance died), freeing its kind. */
    @WithDefault("1m")
    Duration staleAfter();

    /** Jobs of different kinds that may run at once on one instance. */
    @WithDefault("2")
    int maxConcurrent();
}
