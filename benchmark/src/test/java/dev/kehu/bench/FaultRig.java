package dev.kehu.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;


import dev.kehu.testsupport.DevTokens;
import dev.kehu.testsupport.EmbeddedKafkaBroker;
import dev.kehu.testsupport.EmbeddedPostgresServer;
import dev.kehu.testsupport.FreePorts;
import dev.kehu.testsupport.Topics;

/**
 * A broker and a PostgreSQL server on fixed ports and persistent folders, so a fault test can
 * stop either one and bring it back with its data, as an operator's restart would.
 */
final class FaultRig implements AutoCloseable {

    private final Path dir;
    private final int kafkaPort = FreePorts.find();
    private final int controllerPort = FreePorts.find();
    private final int pgPort = FreePorts.find();
    private final DevTokens tokens;
    private EmbeddedKafkaBroker kafka;
    private EmbeddedPostgresServer postgres;

    FaultRig() {
        this(4);
    }

    /** @param partitions of every topic: the most instances of a service that all get work */
    FaultRig(int partitions) {
        try {
            dir = Files.createTempDirectory("kehu-faults-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        tokens = DevTokens.inDirectory(dir.resolve("keys"));
        startPostgres();
        for (String db : new String[] {"profiling", "segmentation", "retention"}) {
            postgres.createDatabase(db);
        }
        startKafka();
        kafka.createTopics(Topics.withDeadLetters(), partitions);
    }

    void startKafka() {
        kafka = EmbeddedKafkaBroker.start(dir.resolve("kafka"), kafkaPort, controllerPort, false);
        awaitLeaders();
    }

    /** Back from a restart once every partition it held has a leader again, as an operator would check. */
    private void awaitLeaders() {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        try (Admin admin = kafka.admin()) {
            while (true) {
                Set<String> topics = admin.listTopics().names().get();
                List<String> leaderless = new ArrayList<>();
                admin.describeTopics(topics).allTopicNames().get().forEach((t, d) -> d.partitions().stream()
                        .filter(p -> p.leader() == null || p.leader().isEmpty())
                        .forEach(p -> leaderless.add(t + "-" + p.partition())));
                if (leaderless.isEmpty()) {
                    return;
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("partitions without a leader 60 s after the broker started: " + leaderless);
                }
                Pause.millis(200);
            }
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    void stopKafka() {
        kafka.close();
    }

    void startPostgres() {
        postgres = EmbeddedPostgresServer.startPersistent(dir.resolve("postgres"), pgPort);
    }

    void stopPostgres() {
        postgres.close();
    }

    String bootstrap() {
        return "127.0.0.1:" + kafkaPort;
    }

    EmbeddedKafkaBroker kafka() {
        return kafka;
    }

    DevTokens tokens() {
        return tokens;
    }

    ServiceUnderTest.Target target() {
        return target("");
    }

    /**
     * Where a service instance finds the rig; {@code instance} names its database sessions
     * ({@code application_name}), so a test can tell instances of one service apart in PostgreSQL.
     */
    ServiceUnderTest.Target target(String instance) {
        Path home = Path.of(System.getProperty("kehu.home", "..")).toAbsolutePath().normalize();
        String name = instance.isEmpty() ? "" : "?ApplicationName=" + instance;
        return new ServiceUnderTest.Target(home, bootstrap(), db -> jdbcUrl(db) + name, tokens.publicKeyFile());
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + pgPort + "/" + database;
    }

    /** A connection to one of the services' databases, for the checks a test makes there. */
    Connection connect(String database) {
        try {
            return DriverManager.getConnection(jdbcUrl(database), EmbeddedPostgresServer.USER,
                    EmbeddedPostgresServer.PASSWORD);
        } catch (SQLException e) {
            throw new IllegalStateException("could not connect to " + database, e);
        }
    }

    Path logs() {
        return Path.of("target", "faults-logs").toAbsolutePath();
    }

    @Override
    public void close() {
        try {
            kafka.close();
        } catch (RuntimeException e) {
            // already stopped by the test
        }
        try {
            postgres.close();
        } catch (RuntimeException e) {
            // already stopped by the test
        }
        dev.kehu.testsupport.Directories.deleteRecursively(dir);
    }
}
