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
        return new BenchInfra(home, infra);
    }

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
