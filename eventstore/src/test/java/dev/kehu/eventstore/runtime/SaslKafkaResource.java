package dev.kehu.eventstore.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import dev.kehu.testsupport.EmbeddedKafkaBroker;
import dev.kehu.testsupport.KehuInfra;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A broker that wants a SASL/PLAIN login, and the library's service settings pointing at it the way
 * a deployment on a managed Kafka would: only {@code kafka.*} properties, nothing relay-specific.
 */
public class SaslKafkaResource implements QuarkusTestResourceLifecycleManager {

    static final String USER = "kehu-service";
    static final String PASSWORD = "s3cret-\"quoted\"";
    static final String DATABASE = "es_relay_wiring";
    /** A database of its own each start: the JVM shares one PostgreSQL, and the schema is made here by hand. */
    private final String database = DATABASE + "_" + Long.toHexString(System.nanoTime());

    static EmbeddedKafkaBroker broker;

    @Override
    public Map<String, String> start() {
        broker = EmbeddedKafkaBroker.startEphemeralWithSasl(Map.of(USER, PASSWORD));
        KehuInfra infra = KehuInfra.get();
        infra.postgres().createDatabase(database);
        try (Connection c = infra.postgres().dataSource(database).getConnection(); Statement s = c.createStatement();
             InputStream sql = getClass().getResourceAsStream("/db/migration/V1__kehu_event_store.sql")) {
            s.execute(new String(sql.readAllBytes(), StandardCharsets.UTF_8));
        } catch (SQLException | IOException e) {
            throw new IllegalStateException(e);
        }
        Map<String, String> config = infra.appConfig(infra.postgres().jdbcUrl(database));
        broker.saslClientConfig(USER, PASSWORD).forEach((k, v) -> config.put("kafka." + k, String.valueOf(v)));
        config.put("kehu.eventstore.source", "/eventstore-test");
        config.put("kehu.eventstore.relay.idle-wait", "5ms");
        config.put("quarkus.datasource.db-kind", "postgresql");
        return config;
    }

    @Override
    public void stop() {
        if (broker != null) {
            broker.close();
        }
    }
}
