package dev.kehu.eventstore;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * Remembers which message ids a consumer has processed, in the transaction of their effects. An id
 * is needed only while its message can be delivered again: {@link #prune} forgets the old ones.
 */
public final class Inbox {

    /**
     * Records the ids for the consumer and returns those not seen before; the rest are duplicates
     * whose effects already happened.
     */
    public Set<String> claim(Connection c, String consumer, Collection<String> messageIds) throws SQLException {
        Set<String> fresh = new HashSet<>();
        if (messageIds.isEmpty()) {
            return fresh;
        }
        try (PreparedStatement ps = c.prepareStatement(
                "insert into es_inbox (consumer, message_id) select ?, unnest(?::text[]) "
                        + "on conflict do nothing returning message_id")) {
            ps.setString(1, consumer);
            ps.setArray(2, c.createArrayOf("text", messageIds.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    fresh.add(rs.getString(1));
                }
            }
        }
        return fresh;
    }

    /**
     * Forgets up to {@code limit} ids processed before {@code before}; rows another pruner holds are
     * skipped, so several instances may prune at once.
     *
     * @return how many were deleted (fewer than {@code limit}: nothing older is left for this pruner)
     */
    public int prune(Connection c, Instant before, int limit) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("delete from es_inbox where ctid = any(array("
                + "select ctid from es_inbox where processed_at < ? limit ? for update skip locked))")) {
            ps.setTimestamp(1, Timestamp.from(before));
            ps.setInt(2, limit);
            return ps.executeUpdate();
        }
    }
}
