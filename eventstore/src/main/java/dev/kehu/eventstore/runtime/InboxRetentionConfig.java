package dev.kehu.eventstore.runtime;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How long es_inbox keeps processed message ids, and how {@link InboxPruner} forgets the older ones
 * (the same {@code kehu.eventstore} prefix as {@link EventStoreConfig}, in a mapping of its own so
 * that code implementing that interface is not broken by the new keys).
 */
@ConfigMapping(prefix = "kehu.eventstore")
public interface InboxRetentionConfig {

    /**
     * How long a consumer remembers a processed message id. Must be longer than any consumed
     * topic's retention ({@code retention.ms}, 7 days by default): Kafka can deliver a message again
     * only while it still holds it (a consumer group whose offsets expired re-reads from the
     * earliest record), so an id older than that can no longer come back.
     */
    @WithDefault("14d")
    Duration inboxRetention();

    InboxPruning inboxPruning();

    interface InboxPruning {
        /** Whether this instance prunes es_inbox (safe on several: each takes rows the others do not hold). */
        @WithDefault("true")
        boolean enabled();

        /** Pause between prunings (the first one interval after start-up). */
        @WithDefault("1h")
        Duration interval();

        /** Rows deleted per transaction, so a pruning never holds many locks or a long transaction. */
        @WithDefault("5000")
        int batchSize();
    }
}
