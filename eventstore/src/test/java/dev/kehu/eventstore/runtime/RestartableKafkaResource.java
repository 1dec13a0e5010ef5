package dev.kehu.eventstore.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import dev.kehu.testsupport.Directories;
import dev.kehu.testsupport.EmbeddedKafkaBroker;
import dev.kehu.testsupport.FreePorts;
import dev.kehu.testsupport.KehuInfra;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A broker of the test's own that the test may stop and start again on the same ports and log (an
 * operator's broker restart), a database of its own, and short relay timeouts so a broker outage
 * shows within seconds.
 */
public class RestartableKafkaResource implements QuarkusTestResourceLifecycleManager {

    static final String DATABASE = "es_metrics";
    /** A database of its own each start: the JVM shares one PostgreSQL, and the schema is made here by hand. */
    private final String database = DATABASE + "_" + Long.toHexString(System.nanoTime());

    private static Path dir;
    private static int port;
    private static int controllerPort;
    static volatile EmbeddedKafkaBroker broker;

    @Override
    public Map<String, String> start() {
        try {
            dir = Files.createTempDirectory("kehu-kafka-restartable-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        port = FreePorts.find();
        controllerPort = FreePorts.find();
        startBroker();
        KehuInfra infra = KehuInfra.get();
        infra.postgres().createDatabase(database);
        try (Connection c = infra.postgres().dataSource(database).getConnection(); Statement s = c.createStatement()) {
            for (String migration : new String[] {"V1__kehu_event_store.sql", "V1_1__kehu_event_store_lean_log.sql",
                    "V1_3__kehu_outbox_parked_and_inbox_pruning.sql"}) {
                try (InputStream sql = getClass().getResourceAsStream("/db/migration/" + migration)) {
                    s.execute(new String(sql.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException(e);
        }
        Map<String, String> config = infra.appConfig(infra.postgres().jdbcUrl(database));
        config.put("kafka.bootstrap.servers", bootstrapServers());
        // a broker outage fails a relay round within about a second
        config.put("kafka.max.block.ms", "1000");
        config.put("kafka.request.timeout.ms", "1000");
        config.put("kafka.delivery.timeout.ms", "2000");
        config.put("kehu.eventstore.source", "/eventstore-test");
        config.put("kehu.eventstore.relay.idle-wait", "5ms");
        config.put("kehu.eventstore.relay.max-backoff", "200ms");
        config.put("kehu.outbox.publish-failure-grace", "2s");
        config.put("quarkus.datasource.db-kind", "postgresql");
        return config;
    }

    static String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    static synchronized void startBroker() {
        if (broker == null) {
            broker = EmbeddedKafkaBroker.start(dir, port, controllerPort, false);
        }
    }

    static synchronized void stopBroker() {
        if (broker != null) {
            broker.close();
            broker = null;
        }
    }

    @Override
    public void stop() {
        stopBroker();
        Directories.deleteRecursively(dir);
    }
}
