package dev.kehu.local;

import java.util.List;

import dev.kehu.testsupport.EmbeddedKafkaBroker;
import dev.kehu.testsupport.EmbeddedPostgresServer;
import dev.kehu.testsupport.Topics;

/** The embedded Kafka broker and PostgreSQL server of a local run, both on the data folder. */
final class Infra {

    static final int PARTITIONS = 6;

    private Infra() {
    }

    /** Makes the development key pair on first use (kept across runs, so tokens stay valid). */
    static LocalKeys devKeys(Options options) {
        return LocalKeys.inDirectory(options.keysDir());
    }

    /** Starts the broker and creates every topic of the contract with its dead-letter twin (existing ones are kept). */
    static EmbeddedKafkaBroker startKafka(Options options, Shutdown shutdown) {
        EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(options.kafkaDir(), Options.KAFKA_PORT,
                Options.KAFKA_CONTROLLER_PORT, false);
        shutdown.onStop("the Kafka broker", broker);
        broker.createTopics(Topics.withDeadLetters(), PARTITIONS);
        return broker;
    }

    /** Starts PostgreSQL (its cluster survives restarts) and creates one database per service. */
    static EmbeddedPostgresServer startPostgres(Options options, List<ServiceSpec> services, Shutdown shutdown) {
        EmbeddedPostgresServer postgres = EmbeddedPostgresServer.startPersistent(options.postgresDir(), options.pgPort());
        shutdown.onStop("PostgreSQL", postgres);
        services.forEach(s -> postgres.createDatabase(s.database()));
        return postgres;
    }
}
