package dev.kehu.eventstore.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.kehu.testsupport.KehuInfra;

/**
 * A database migrated with a script's old text, then by a Flyway whose script differs in comments
 * only, on the run's real PostgreSQL: it validates and migrates once the amendment is listed, and
 * every difference not listed still fails validation.
 */
class CommentAmendmentsTest {

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final String SCRIPT = "V1__amended.sql";
    private static final String OLD = "-- The old comment, citing a document users do not have.\ncreate table amended (id int);\n";
    private static final String NEW = "-- The new comment, citing docs/.\ncreate table amended (id int);\n";
    private static final String NEW_WITH_OTHER_SQL = "-- The new comment, citing docs/.\ncreate table amended (id bigint);\n";
    private static final String NEXT = "create table after_the_amended (id int);\n";

    @TempDir
    Path dir;

    @Test
    void aDatabaseMigratedWithTheOldTextValidatesAndMigratesOnceTheAmendmentIsListed() throws Exception {
        DataSource earlier = migratedWith(OLD);
        int oldChecksum = recordedChecksum(earlier, "1");
        int newChecksum = recordedChecksum(migratedWith(NEW), "1");
        assertNotEquals(oldChecksum, newChecksum, "a comment is part of Flyway's checksum");
        Path shipped = location(Map.of(SCRIPT, NEW, "V2__after.sql", NEXT));

        assertThrows(FlywayValidateException.class, () -> flyway(earlier, shipped).load().migrate(),
                "without the amendment Flyway refuses the changed script");

        CommentAmendments amendments = new CommentAmendments(
                List.of(new CommentAmendment("1", oldChecksum, newChecksum, SCRIPT)));
        assertEquals(1, flyway(earlier, shipped).callbacks(amendments).load().migrate().migrationsExecuted);

        assertEquals(newChecksum, recordedChecksum(earlier, "1"));
        assertTrue(flyway(earlier, shipped).load().validateWithResult().validationSuccessful,
                "the history now matches the shipped scripts, with or without the callback");
    }

    @Test
    void aDifferenceNotListedStillFailsValidation() throws Exception {
        DataSource earlier = migratedWith(OLD);
        int oldChecksum = recordedChecksum(earlier, "1");
        int newChecksum = recordedChecksum(migratedWith(NEW), "1");

        // listed with another old checksum: the recorded one is not replaced
        CommentAmendments otherOld = new CommentAmendments(
                List.of(new CommentAmendment("1", oldChecksum + 1, newChecksum, SCRIPT)));
        assertThrows(FlywayValidateException.class, () -> flyway(earlier, location(Map.of(SCRIPT, NEW)))
                .callbacks(otherOld).load().migrate());
        assertEquals(oldChecksum, recordedChecksum(earlier, "1"));

        // listed for another version
        CommentAmendments otherVersion = new CommentAmendments(
                List.of(new CommentAmendment("2", oldChecksum, newChecksum, SCRIPT)));
        assertThrows(FlywayValidateException.class, () -> flyway(earlier, location(Map.of(SCRIPT, NEW)))
                .callbacks(otherVersion).load().migrate());
        assertEquals(oldChecksum, recordedChecksum(earlier, "1"));

        // listed as a comment change, but the shipped script changed its SQL too
        CommentAmendments listed = new CommentAmendments(
                List.of(new CommentAmendment("1", oldChecksum, newChecksum, SCRIPT)));
        assertThrows(FlywayValidateException.class, () -> flyway(earlier, location(Map.of(SCRIPT, NEW_WITH_OTHER_SQL)))
                .callbacks(listed).load().migrate());
    }

    @Test
    void theCustomizerAddsEveryListOnTheClassPathBesideTheConfiguredCallbacks() throws Exception {
        DataSource earlier = migratedWith(OLD);
        int oldChecksum = recordedChecksum(earlier, "1");
        int newChecksum = recordedChecksum(migratedWith(NEW), "1");
        Path library = list("library", "# nothing amended yet\n");
        Path service = list("service", "# why, in a comment\n\n1 " + oldChecksum + " " + newChecksum + " " + SCRIPT
                + "\n7\t-5\t6\tV7__other.sql\n");
        Callback configured = new Noop();
        FluentConfiguration configuration = flyway(earlier, location(Map.of(SCRIPT, NEW))).callbacks(configured);

        ClassLoader before = Thread.currentThread().getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {library.toUri().toURL(), service.toUri().toURL()},
                null)) {
            Thread.currentThread().setContextClassLoader(loader);
            new CommentAmendmentsCustomizer().customize(configuration);
        } finally {
            Thread.currentThread().setContextClassLoader(before);
        }

        List<Callback> callbacks = Arrays.asList(configuration.getCallbacks());
        assertEquals(2, callbacks.size());
        assertTrue(callbacks.contains(configured));
        CommentAmendments added = (CommentAmendments) callbacks.get(1);
        assertEquals(List.of(new CommentAmendment("1", oldChecksum, newChecksum, SCRIPT),
                new CommentAmendment("7", -5, 6, "V7__other.sql")), added.listed());
        assertTrue(configuration.load().validateWithResult().validationSuccessful);
        assertEquals(newChecksum, recordedChecksum(earlier, "1"));
    }

    @Test
    void aMalformedListNamesItsLine() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> CommentAmendments.parse("# version old new script\n\n4 170726025 x V4__a.sql\n", "the-list"));
        assertTrue(e.getMessage().startsWith("the-list line 3:"), e.getMessage());
        assertThrows(IllegalStateException.class, () -> CommentAmendments.parse("4 1 2\n", "the-list"));
    }

    private DataSource migratedWith(String text) throws IOException {
        DataSource ds = database();
        flyway(ds, location(Map.of(SCRIPT, text))).load().migrate();
        return ds;
    }

    private static FluentConfiguration flyway(DataSource ds, Path location) {
        return Flyway.configure().dataSource(ds).locations("filesystem:" + location).cleanDisabled(true);
    }

    private Path location(Map<String, String> scripts) throws IOException {
        Path location = Files.createDirectory(dir.resolve("location-" + COUNTER.incrementAndGet()));
        for (Map.Entry<String, String> script : scripts.entrySet()) {
            Files.writeString(location.resolve(script.getKey()), script.getValue());
        }
        return location;
    }

    /** A class-path root holding a list. */
    private Path list(String name, String text) throws IOException {
        Path root = dir.resolve(name);
        Files.createDirectories(root.resolve("db"));
        Files.writeString(root.resolve(CommentAmendments.RESOURCE), text);
        return root;
    }

    private static DataSource database() {
        String name = "es_amend_" + COUNTER.incrementAndGet() + "_" + ProcessHandle.current().pid();
        KehuInfra infra = KehuInfra.get();
        infra.postgres().createDatabase(name);
        return infra.postgres().dataSource(name);
    }

    private static int recordedChecksum(DataSource ds, String version) throws SQLException {
        try (Connection c = ds.getConnection();
             PreparedStatement s = c.prepareStatement("select checksum from flyway_schema_history where version = ?")) {
            s.setString(1, version);
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next(), "version " + version + " is recorded");
                return rs.getInt(1);
            }
        }
    }

    /** A callback the configuration had before the customizer ran. */
    private static final class Noop implements Callback {
        @Override
        public boolean supports(Event event, Context context) {
            return false;
        }

        @Override
        public boolean canHandleInTransaction(Event event, Context context) {
            return true;
        }

        @Override
        public void handle(Event event, Context context) {
        }

        @Override
        public String getCallbackName() {
            return "noop";
        }
    }
}
