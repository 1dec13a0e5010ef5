package dev.kehu.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.junit.jupiter.api.Test;

/**
 * A service's list of migrations changed in comments only (eventstore's {@code CommentAmendments},
 * docs/operations.md#upgrading-the-schema), against its real migrations on the run's PostgreSQL, with
 * Flyway configured as at start-up: the listed new checksums are those of the scripts as shipped, a
 * database recording the old ones validates and migrates, and any other checksum still fails. Each
 * service's test extends this.
 */
public abstract class CommentAmendmentChecks {

    /** One amendment as the service lists it. */
    public record Listed(String version, int oldChecksum, int newChecksum) {
    }

    /**
     * The service's amendments, read from its {@code db/comment-amendments.txt} here rather than by the
     * library's parser, so a parser that misread the file would not agree with itself.
     */
    protected List<Listed> listed() {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("db/comment-amendments.txt")) {
            assertNotNull(in, "db/comment-amendments.txt on the service's classpath");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).map(line -> line.split("\\s+"))
                    .map(f -> new Listed(f[0], Integer.parseInt(f[1]), Integer.parseInt(f[2]))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds the amendments to a Flyway configuration, as the library does at start-up. */
    protected abstract void amend(FluentConfiguration configuration);

    /** A database name of the test's own (one per check): the service's package, e.g. dev_kehu_retention. */
    protected String databasePrefix() {
        return getClass().getPackageName().replace('.', '_') + "_amendments";
    }

    @Test
    void theListedNewChecksumsAreThoseOfTheScriptsAsShipped() throws SQLException {
        DataSource db = migrated("shipped");
        assertFalse(listed().isEmpty(), "the service lists its amendments");
        for (Listed l : listed()) {
            assertEquals(l.newChecksum(), recordedChecksum(db, l.version()), "version " + l.version());
        }
    }

    @Test
    void aDatabaseRecordingTheOldChecksumsValidatesAndMigrates() throws SQLException {
        DataSource db = migrated("earlier");
        for (Listed l : listed()) {
            setChecksum(db, l.version(), l.oldChecksum()); // what a database the earlier text migrated records
        }
        assertThrows(FlywayValidateException.class, () -> flyway(db).load().migrate(),
                "the amended scripts do differ from what such a database ran");

        FluentConfiguration amended = flyway(db);
        amend(amended);
        amended.load().migrate();

        for (Listed l : listed()) {
            assertEquals(l.newChecksum(), recordedChecksum(db, l.version()), "version " + l.version());
        }
    }

    @Test
    void aChecksumNotListedStillFailsValidation() throws SQLException {
        DataSource db = migrated("unlisted");
        Listed first = listed().get(0);
        int unlisted = first.oldChecksum() ^ 1;
        setChecksum(db, first.version(), unlisted);

        FluentConfiguration amended = flyway(db);
        amend(amended);
        assertThrows(FlywayValidateException.class, () -> amended.load().migrate());
        assertEquals(unlisted, recordedChecksum(db, first.version()));
    }

    /** A new database migrated by the service's scripts as shipped. */
    private DataSource migrated(String suffix) {
        String name = databasePrefix() + "_" + suffix + "_" + ProcessHandle.current().pid();
        EmbeddedPostgresServer postgres = KehuInfra.get().postgres();
        postgres.createDatabase(name);
        DataSource db = postgres.dataSource(name);
        flyway(db).load().migrate();
        return db;
    }

    /** As the services' Quarkus configures it: the class path's db/migration, library scripts out of order. */
    private static FluentConfiguration flyway(DataSource db) {
        return Flyway.configure().dataSource(db).locations("classpath:db/migration").outOfOrder(true)
                .cleanDisabled(true);
    }

    private static int recordedChecksum(DataSource db, String version) throws SQLException {
        try (Connection c = db.getConnection();
             PreparedStatement s = c.prepareStatement("select checksum from flyway_schema_history where version = ?")) {
            s.setString(1, version);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    throw new AssertionError("version " + version + " is not in the schema history");
                }
                return rs.getInt(1);
            }
        }
    }

    private static void setChecksum(DataSource db, String version, int checksum) throws SQLException {
        try (Connection c = db.getConnection();
             PreparedStatement s = c.prepareStatement("update flyway_schema_history set checksum = ? where version = ?")) {
            s.setInt(1, checksum);
            s.setString(2, version);
            assertEquals(1, s.executeUpdate());
        }
    }
}
