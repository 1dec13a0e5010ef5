package dev.kehu.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * One real Kafka broker and one real PostgreSQL shared by every test of a JVM (a test run),
 * started on first use on free ports and removed when the JVM exits.
 */
public final class KehuInfra {

    /**
     * Quarkus runs its tests in a class loader of its own, so a plain test class sees another
     * {@code instance}; the broker's address is left JVM-wide for it (see {@link #startedKafka()}).
     */
    private static final String BOOTSTRAP_PROPERTY = "kehu.test.kafka.bootstrap-servers";

    private static KehuInfra instance;

    private final EmbeddedKafkaBroker kafka;
    private final EmbeddedPostgresServer postgres;
    private final Path keys;
    private final DevTokens tokens;

    private KehuInfra(EmbeddedKafkaBroker kafka, EmbeddedPostgresServer postgres, Path keys) {
        this.kafka = kafka;
        this.postgres = postgres;
        this.keys = keys;
        this.tokens = DevTokens.inDirectory(keys);
    }

    public static synchronized KehuInfra get() {
        if (instance == null) {
            EmbeddedPostgresServer pg = EmbeddedPostgresServer.startEphemeral();
            EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.startEphemeral();
            broker.createTopics(Topics.withDeadLetters(), 4);
            instance = new KehuInfra(broker, pg, temporaryDirectory());
            System.setProperty(BOOTSTRAP_PROPERTY, broker.bootstrapServers());
            Runtime.getRuntime().addShutdownHook(new Thread(instance::close, "kehu-infra-stop"));
        }
        return instance;
    }

    /** The bootstrap servers of the broker this JVM's tests started, from any class loader; empty if none was. */
    public static Optional<String> startedKafka() {
        return Optional.ofNullable(System.getProperty(BOOTSTRAP_PROPERTY));
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("kehu-keys-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Signs test tokens with a key pair made for this run. */
    public DevTokens tokens() {
        return tokens;
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
            Directories.deleteRecursively(keys);
        }
    }
}
