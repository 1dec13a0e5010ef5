package dev.kehu.profiling.assessment;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

/** Idempotency-Key → the assessment it created, per client, written in the submission's transaction. */
final class IdempotencyKeys {

    record Entry(String requestHash, UUID assessmentId) {
    }

    private IdempotencyKeys() {
    }

    static Optional<Entry> find(Connection c, String clientId, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "select request_hash, assessment_id from idempotency_key where client_id = ? and idem_key = ?")) {
            ps.setString(1, clientId);
            ps.setString(2, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Entry(rs.getString(1), rs.getObject(2, UUID.class)))
                        : Optional.empty();
            }
        }
    }

    /** False when a concurrent submission with the same key got there first (waits for it to commit). */
    static boolean claim(Connection c, String clientId, String key, String hash, UUID assessmentId)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("insert into idempotency_key (client_id, idem_key, "
                + "request_hash, assessment_id) values (?, ?, ?, ?) on conflict do nothing")) {
            ps.setString(1, clientId);
            ps.setString(2, key);
            ps.setString(3, hash);
            ps.setObject(4, assessmentId);
            return ps.executeUpdate() == 1;
        }
    }
}
