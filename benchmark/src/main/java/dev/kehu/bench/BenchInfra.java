package dev.kehu.bench;

import java.nio.file.Path;

import dev.kehu.testsupport.DevTokens;
import dev.kehu.testsupport.EmbeddedKafkaBroker;
import dev.kehu.testsupport.EmbeddedPostgresServer;
import dev.kehu.testsupport.KehuInfra;

/** The benchmark's own real broker, PostgreSQL and token key, on free ports, gone when it ends. */
record BenchInfra(Path home, KehuInfra infra) {

    static BenchInfra start(Path home) {
        KehuInfra infra = KehuInfra.get();
        for (String db : new String[] {"profiling", "segmentation", "retention", "ceiling"}) {
            infra.postgres().createDatabase(db);
        }
        // created up front: the first produce must not wait for auto-creation, and the partition
        // count (the consumers' parallelism) is the bench's choice, not the broker default's
        infra.kafka().createTopics(java.util.List.of(Feed.TRADES, Feed.BALANCES, Feed.ACCOUNT_EVENTS,
                dev.kehu.eventstore.contract.SegmentChanged.TOPIC, "retention.churn-alerts"), PARTITIONS);
        return new BenchInfra(home, infra);
    }

    static final int PARTITIONS = 4;

    EmbeddedKafkaBroker kafka() {
        return infra.kafka();
    }

    EmbeddedPostgresServer postgres() {
        return infra.postgres();
    }

    DevTokens tokens() {
        return infra.tokens();
    }
}
