package dev.kehu.testsupport;

/**
 * One real Kafka broker and one real PostgreSQL shared by every test of a JVM (a test run),
 * started on first use on free ports and removed when the JVM exits.
 */
public final class KehuInfra {

    private static KehuInfra instance;

    private final EmbeddedKafkaBroker kafka;
    private final EmbeddedPostgresServer postgres;

    private KehuInfra(EmbeddedKafkaBroker kafka, EmbeddedPostgresServer postgres) {
        this.kafka = kafka;
        this.postgres = postgres;
    }

    public static synchronized KehuInfra get() {
        if (instance == null) {
            EmbeddedPostgresServer pg = EmbeddedPostgresServer.startEphemeral();
            EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.startEphemeral();
            broker.createTopics(Topics.withDeadLetters(), 4);
            instance = new KehuInfra(broker, pg);
            Runtime.getRuntime().addShutdownHook(new Thread(instance::close, "kehu-infra-stop"));
        }
        return instance;
    }

    public EmbeddedKafkaBroker kafka() {
        return kafka;
    }

    public EmbeddedPostgresServer postgres() {
        return postgres;
    }

    private void close() {
        try {
            kafka.close();
        } finally {
            postgres.close();
        }
    }
}
