package dev.kehu.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One real Kafka broker and one real PostgreSQL shared by every test of a JVM (a test run),
 * started on first use on free ports and removed when the JVM exits.
 */
public final class KehuInfra {

    /**
     * Quarkus runs its tests in a class loader of its own (a new one for each test profile), and each
     * sees its own {@code instance}; every broker's address is left JVM-wide (see {@link #startedKafkas()}).
     */
    private static final String BOOTSTRAP_PROPERTY = "kehu.test.kafka.bootstrap-servers";
    /** Where the JVM's shared broker, PostgreSQL and keys are: "kafkaPort pgPort keysDir". */
    private static final String SHARED_PROPERTY = "kehu.test.infra";

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

    /**
     * This JVM's broker, PostgreSQL and key pair: started by the first class loader that asks, and
     * attached to by every later one (Quarkus gives each test profile a class loader of its own, and a
     * broker and server each would cost seconds, memory and, with several brokers in one JVM, crashes).
     * A profile that needs isolation asks for a database of its own.
     */
    public static synchronized KehuInfra get() {
        if (instance == null) {
            synchronized (System.getProperties()) {
                String started = System.getProperty(SHARED_PROPERTY);
                if (started != null) {
                    String[] parts = started.split(" ", 3);
                    instance = new KehuInfra(EmbeddedKafkaBroker.attach(Integer.parseInt(parts[0])),
                            EmbeddedPostgresServer.attach(Integer.parseInt(parts[1])), Path.of(parts[2]));
                    return instance;
                }
                EmbeddedPostgresServer pg = EmbeddedPostgresServer.startEphemeral();
                EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.startEphemeral();
                broker.createTopics(Topics.withDeadLetters(), 4);
                instance = new KehuInfra(broker, pg, temporaryDirectory());
                recordStarted(broker.bootstrapServers());
                System.setProperty(SHARED_PROPERTY, broker.bootstrapServers().substring("127.0.0.1:".length())
                        + " " + pg.port() + " " + instance.keys);
                Runtime.getRuntime().addShutdownHook(new Thread(instance::close, "kehu-infra-stop"));
            }
        }
        return instance;
    }

    /** The bootstrap servers of every broker this JVM's tests started, from any class loader. */
    public static List<String> startedKafkas() {
        String all = System.getProperty(BOOTSTRAP_PROPERTY, "");
        return all.isEmpty() ? List.of() : List.of(all.split(" "));
    }

    private static void recordStarted(String bootstrap) {
        synchronized (System.getProperties()) {
            String before = System.getProperty(BOOTSTRAP_PROPERTY, "");
            System.setProperty(BOOTSTRAP_PROPERTY, before.isEmpty() ? bootstrap : before + " " + bootstrap);
        }
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("kehu-keys-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Signs test tokens with a key pair made for this run. */
    /**
     * What a Quarkus application under test needs to use the database at {@code jdbcUrl} on this run's
     * PostgreSQL and to trust this run's tokens; a mutable map, for the caller's own keys.
     */
    public Map<String, String> appConfig(String jdbcUrl) {
        Map<String, String> config = new HashMap<>();
        config.put("quarkus.datasource.jdbc.url", jdbcUrl);
        config.put("quarkus.datasource.username", EmbeddedPostgresServer.USER);
        config.put("quarkus.datasource.password", EmbeddedPostgresServer.PASSWORD);
        config.put("mp.jwt.verify.publickey.location", tokens().publicKeyFile().toUri().toString());
        config.put("mp.jwt.verify.issuer", DevTokens.ISSUER);
        return config;
    }

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
