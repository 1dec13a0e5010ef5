package dev.kehu.eventstore.runtime;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "kehu.eventstore")
public interface EventStoreConfig {

    /** The CloudEvents {@code source} of what this service publishes, e.g. {@code /profiling-service}. */
    String source();

    Relay relay();

    /** Longest a read-model rebuild may run (it holds one transaction over the whole log). */
    @WithDefault("1h")
    Duration rebuildTimeout();

    Consumer consumer();

    interface Relay {
        /** Whether this instance relays the outbox to Kafka (one instance leads at a time anyway). */
        @WithDefault("true")
        boolean enabled();

        /** Outbox rows published per round trip. */
        @WithDefault("500")
        int batchSize();

        /** Pause between polls of an empty outbox. */
        @WithDefault("20ms")
        Duration idleWait();

        /** Longest pause after a failure (the wait doubles from 100 ms up to this). */
        @WithDefault("5s")
        Duration maxBackoff();

        /**
         * How long a topic the broker says does not exist is waited for before its messages are
         * parked (es_outbox_parked): shorter than {@code kehu.outbox.publish-failure-grace}, so a
         * missing topic does not take readiness down.
         */
        @WithDefault("30s")
        Duration missingTopicGrace();
    }

    interface Consumer {
        /** Attempts at a batch that fails for a non-transient reason before its records are tried one by one. */
        @WithDefault("3")
        int attemptsBeforeIsolation();

        /** Longest pause between retries while the database is unavailable. */
        @WithDefault("5s")
        Duration maxBackoff();
    }
}
