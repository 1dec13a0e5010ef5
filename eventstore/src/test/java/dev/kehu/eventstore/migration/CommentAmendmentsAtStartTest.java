package dev.kehu.eventstore.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;

/**
 * The application starts on a database migrated before a migration's comment changed: Quarkus'
 * Flyway (migrate at start, validating first) gets the library's {@link CommentAmendmentsCustomizer},
 * which moves the listed checksum, so the start validates and the pending V10 runs.
 */
@QuarkusTest
@TestProfile(CommentAmendmentsAtStartTest.MigrateAtStart.class)
@QuarkusTestResource(value = EarlierSchemaResource.class, restrictToAnnotatedClass = true)
class CommentAmendmentsAtStartTest {

    @Inject
    DataSource dataSource;

    @Test
    void theAmendedMigrationIsRecordedWithItsNewChecksumAndThePendingOneRan() throws SQLException {
        CommentAmendment listed = CommentAmendments.load(getClass().getClassLoader()).listed().get(0);
        assertEquals("9", listed.version());
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement(
                     "select version, checksum, success from flyway_schema_history where version in ('9', '10')"
                             + " order by installed_rank");
             ResultSet rs = s.executeQuery()) {
            assertTrue(rs.next());
            assertEquals("9", rs.getString("version"));
            assertEquals(listed.newChecksum(), rs.getInt("checksum"));
            assertTrue(rs.next(), "V10 ran at start-up");
            assertEquals("10", rs.getString("version"));
            assertTrue(rs.getBoolean("success"));
        }
    }

    /** Flyway migrates at start, over the library's migrations and the test's. */
    public static class MigrateAtStart implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.flyway.migrate-at-start", "true",
                    "quarkus.flyway.locations", "db/migration,db/amendment-test");
        }
    }
}
