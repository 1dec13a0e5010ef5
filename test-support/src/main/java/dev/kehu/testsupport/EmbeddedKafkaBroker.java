package dev.kehu.testsupport;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Security;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.security.plain.internals.PlainSaslServerProvider;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.Feature;
import org.apache.kafka.server.common.MetadataVersion;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;

/**
 * A real Apache Kafka broker in KRaft mode (one combined broker+controller node), run in-process
 * with the production classes. Used by the test harness and by {@code ./kehu up}.
 *
 * <p>Optionally it also listens with {@code SASL_PLAINTEXT} and the {@code PLAIN} mechanism for a
 * fixed set of users ({@link #startEphemeralWithSasl}), as a managed Kafka with authentication would;
 * the plain listener stays for the broker's own use and for clients that need no login.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {

    /** The listener that asks clients for a SASL/PLAIN login. */
    public static final String SASL_LISTENER = "SASL_PLAINTEXT";

    private final KafkaRaftServer server;
    private final int port;
    private final int saslPort;
    private final Path dataDir;
    private final boolean deleteOnClose;

    private EmbeddedKafkaBroker(KafkaRaftServer server, int port, int saslPort, Path dataDir, boolean deleteOnClose) {
        this.server = server;
        this.port = port;
        this.saslPort = saslPort;
        this.dataDir = dataDir;
        this.deleteOnClose = deleteOnClose;
    }

    /**
     * The broker another class loader of this JVM started on {@code port} (Quarkus gives each test
     * profile its own): the same broker, used, never stopped, from here.
     */
    static EmbeddedKafkaBroker attach(int port) {
        return new EmbeddedKafkaBroker(null, port, 0, null, false);
    }

    /** A throw-away broker on free ports, its log in a temporary folder removed on close. */
    public static EmbeddedKafkaBroker startEphemeral() {
        return startEphemeral(Map.of());
    }

    /**
     * A throw-away broker that also listens with SASL/PLAIN ({@link #saslBootstrapServers()}) and
     * accepts exactly these users.
     *
     * @param plainUsers user name → password
     */
    public static EmbeddedKafkaBroker startEphemeralWithSasl(Map<String, String> plainUsers) {
        if (plainUsers.isEmpty()) {
            throw new IllegalArgumentException("a SASL listener needs at least one user");
        }
        return startEphemeral(plainUsers);
    }

    private static EmbeddedKafkaBroker startEphemeral(Map<String, String> plainUsers) {
        try {
            Path dir = Files.createTempDirectory("kehu-kafka-");
            int saslPort = plainUsers.isEmpty() ? 0 : FreePorts.find();
            return start(dir, FreePorts.find(), FreePorts.find(), saslPort, plainUsers, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A broker whose log lives in {@code dataDir}; formats it on first use and reuses it afterwards. */
    public static EmbeddedKafkaBroker start(Path dataDir, int brokerPort, int controllerPort, boolean deleteOnClose) {
        return start(dataDir, brokerPort, controllerPort, 0, Map.of(), deleteOnClose);
    }

    private static EmbeddedKafkaBroker start(Path dataDir, int brokerPort, int controllerPort, int saslPort,
                                             Map<String, String> plainUsers, boolean deleteOnClose) {
        try {
            Path logDir = dataDir.resolve("log");
            Files.createDirectories(logDir);
            Properties props = brokerProperties(logDir, brokerPort, controllerPort);
            if (saslPort != 0) {
                addSaslListener(props, brokerPort, controllerPort, saslPort, plainUsers);
                installPlainServerOfThisClassLoader();
            }
            if (!Files.exists(logDir.resolve("meta.properties"))) {
                format(logDir);
            }
            KafkaRaftServer server = new KafkaRaftServer(new KafkaConfig(props), Time.SYSTEM);
            server.startup();
            EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker(server, brokerPort, saslPort, dataDir, deleteOnClose);
            broker.awaitReady();
            return broker;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Properties brokerProperties(Path logDir, int brokerPort, int controllerPort) {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        p.put("listeners", "PLAINTEXT://127.0.0.1:" + brokerPort + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + brokerPort);
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("log.dirs", logDir.toString());
        // one node: internal topics must not ask for three replicas, or consumers receive nothing
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "5");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("transaction.state.log.num.partitions", "5");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        p.put("num.partitions", "4");
        p.put("auto.create.topics.enable", "true");
        p.put("log.flush.interval.messages", String.valueOf(Long.MAX_VALUE));
        return p;
    }

    /** A third listener that logs clients in with SASL/PLAIN against the broker's own user list. */
    private static void addSaslListener(Properties p, int brokerPort, int controllerPort, int saslPort,
                                        Map<String, String> plainUsers) {
        String sasl = SASL_LISTENER + "://127.0.0.1:" + saslPort;
        p.put("listeners", "PLAINTEXT://127.0.0.1:" + brokerPort + "," + sasl + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + brokerPort + "," + sasl);
        p.put("listener.security.protocol.map",
                "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT," + SASL_LISTENER + ":SASL_PLAINTEXT");
        p.put("sasl.enabled.mechanisms", "PLAIN");
        StringBuilder jaas = new StringBuilder("org.apache.kafka.common.security.plain.PlainLoginModule required");
        plainUsers.forEach((user, password) -> jaas.append(" user_").append(user).append("=").append(quoted(password)));
        p.put("listener.name." + SASL_LISTENER.toLowerCase() + ".plain.sasl.jaas.config", jaas.append(';').toString());
    }

    /**
     * The JVM has one SASL/PLAIN server provider for all brokers in it. One installed by a broker
     * loaded by another class loader (a Quarkus test's) hands out callbacks this broker's handler does
     * not recognise, and every login fails: replace it with this class loader's. Two SASL brokers of
     * different class loaders therefore must not run at the same time.
     */
    private static synchronized void installPlainServerOfThisClassLoader() {
        java.security.Provider installed = Security.getProvider(PLAIN_SERVER_PROVIDER);
        if (installed != null && installed.getClass() != PlainSaslServerProvider.class) {
            Security.removeProvider(PLAIN_SERVER_PROVIDER);
        }
        PlainSaslServerProvider.initialize();
    }

    /** The name Kafka's SASL/PLAIN server provider registers under. */
    private static final String PLAIN_SERVER_PROVIDER = "Simple SASL/PLAIN Server Provider";

    private static String quoted(String value) {
        return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    private static void format(Path logDir) {
        try {
            new Formatter()
                    .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                    .setNodeId(1)
                    .setClusterId(Uuid.randomUuid().toString())
                    .setDirectories(List.of(logDir.toString()))
                    .setMetadataLogDirectory(logDir.toString())
                    .setControllerListenerName("CONTROLLER")
                    .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                    .setSupportedFeatures(Feature.PRODUCTION_FEATURES)
                    .setUnstableFeatureVersionsEnabled(false)
                    .run();
        } catch (Exception e) {
            throw new IllegalStateException("could not format the Kafka log directory " + logDir, e);
        }
    }

    private void awaitReady() {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (true) {
            try (Admin admin = admin()) {
                admin.describeCluster().nodes().get();
                return;
            } catch (Exception e) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Kafka broker did not become ready", e);
                }
                sleep(200);
            }
        }
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    /** The SASL/PLAIN listener's address; only a broker started with SASL users has one. */
    public String saslBootstrapServers() {
        if (saslPort == 0) {
            throw new IllegalStateException("this broker was started without a SASL listener");
        }
        return "127.0.0.1:" + saslPort;
    }

    /**
     * A client's settings for the SASL/PLAIN listener as {@code user} (what a service sets as
     * {@code kafka.bootstrap.servers}, {@code kafka.security.protocol}, {@code kafka.sasl.mechanism}
     * and {@code kafka.sasl.jaas.config}).
     */
    public Map<String, Object> saslClientConfig(String user, String password) {
        Map<String, Object> config = new HashMap<>();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, saslBootstrapServers());
        config.put(AdminClientConfig.SECURITY_PROTOCOL_CONFIG, "SASL_PLAINTEXT");
        config.put(SaslConfigs.SASL_MECHANISM, "PLAIN");
        config.put(SaslConfigs.SASL_JAAS_CONFIG, "org.apache.kafka.common.security.plain.PlainLoginModule required "
                + "username=" + quoted(user) + " password=" + quoted(password) + ";");
        return config;
    }

    public Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()));
    }

    /** Creates the topics (ignoring those that exist) with the given partition count. */
    public void createTopics(Collection<String> names, int partitions) {
        List<NewTopic> topics = new ArrayList<>();
        names.forEach(n -> topics.add(new NewTopic(n, partitions, (short) 1)));
        try (Admin admin = admin()) {
            admin.createTopics(topics).values().values().forEach(f -> {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException(e.getCause());
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            });
        }
    }

    public Set<String> topics() {
        try (Admin admin = admin()) {
            return admin.listTopics().names().get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        if (server == null) {
            return; // attached: its owner stops it
        }
        server.shutdown();
        server.awaitShutdown();
        if (deleteOnClose) {
            Directories.deleteRecursively(dataDir);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
