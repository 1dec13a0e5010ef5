package dev.kehu.eventstore.migration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.flywaydb.core.Flyway;

import dev.kehu.testsupport.Directories;
import dev.kehu.testsupport.KehuInfra;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A database an earlier release migrated: the library's migrations and V9 of {@code db/amendment-test}
 * with its old comment ({@link #OLD_V9}), so the one the test application ships differs in that
 * comment only, and V10 is still to run.
 */
public class EarlierSchemaResource implements QuarkusTestResourceLifecycleManager {

    static final String DATABASE = "es_amended_at_start";
    static final String OLD_V9 = """
            -- A migration a later release rewrote the comment of (the old comment).
            create table amended_at_start (id int);
            """;

    @Override
    public Map<String, String> start() {
        KehuInfra infra = KehuInfra.get();
        infra.postgres().createDatabase(DATABASE);
        Path earlier = null;
        try {
            earlier = Files.createTempDirectory("kehu-earlier-migrations-");
            Files.writeString(earlier.resolve("V9__amended_at_start.sql"), OLD_V9);
            Flyway.configure().dataSource(infra.postgres().dataSource(DATABASE))
                    .locations("classpath:db/migration", "filesystem:" + earlier).outOfOrder(true)
                    .load().migrate();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (earlier != null) {
                Directories.deleteRecursively(earlier);
            }
        }
        Map<String, String> config = infra.appConfig(infra.postgres().jdbcUrl(DATABASE));
        config.put("kafka.bootstrap.servers", infra.kafka().bootstrapServers());
        config.put("kehu.eventstore.source", "/eventstore-test");
        return config;
    }

    @Override
    public void stop() {
        // the run's PostgreSQL and broker are stopped when the JVM exits
    }
}
