package dev.kehu.testsupport;

import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Quarkus test resource: points a service at the run's real Kafka broker and at its own
 * database on the run's real PostgreSQL. Init arg {@code database} names the database.
 */
public class KafkaAndPostgresResource implements QuarkusTestResourceLifecycleManager {

    private String database = "kehu_test";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        KehuInfra infra = KehuInfra.get();
        infra.postgres().createDatabase(database);
        Map<String, String> config = new HashMap<>();
        config.put("kafka.bootstrap.servers", infra.kafka().bootstrapServers());
        config.put("quarkus.datasource.jdbc.url", infra.postgres().jdbcUrl(database));
        config.put("quarkus.datasource.username", EmbeddedPostgresServer.USER);
        config.put("quarkus.datasource.password", EmbeddedPostgresServer.PASSWORD);
        return config;
    }

    @Override
    public void stop() {
        // the broker and server are shared by the whole run and stopped when the JVM exits
    }
}
