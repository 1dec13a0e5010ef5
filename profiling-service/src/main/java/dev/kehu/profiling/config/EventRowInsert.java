package dev.kehu.profiling.config;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

import dev.kehu.eventstore.EventCodec;
import dev.kehu.eventstore.StoredEvent;
import dev.kehu.profiling.domain.client.RecordedBy;

/**
 * The insert of an {@link EventRow} read model (the projections stay on JDBC: they run in the
 * appending transaction and in rebuilds, where batched inserts are fastest): the row's id, the
 * shared columns, then any columns of its own.
 */
public final class EventRowInsert {

    /** Parameters {@link #bind} fills; a table's own columns follow from here. */
    public static final int SHARED = 6;

    private EventRowInsert() {
    }

    /** {@code insert into <table> (<id>, client_id, …, recorded_by, <own>…) … on conflict do nothing}. */
    public static String sql(String table, String idColumn, String... ownColumns) {
        StringBuilder columns = new StringBuilder(idColumn + ", client_id, stream_version, completed_at, data, "
                + "recorded_by");
        StringBuilder values = new StringBuilder("?, ?, ?, ?, ?::json, ?::json");
        for (String own : ownColumns) {
            columns.append(", ").append(own);
            values.append(", ?");
        }
        return "insert into " + table + " (" + columns + ") values (" + values + ") on conflict do nothing";
    }

    public static void bind(PreparedStatement ps, EventCodec codec, StoredEvent stored, Object id, String clientId,
                            Instant completedAt) throws SQLException {
        ps.setObject(1, id);
        ps.setString(2, clientId);
        ps.setLong(3, stored.version());
        ps.setTimestamp(4, Timestamp.from(completedAt));
        ps.setString(5, codec.toJson(stored.event()));
        RecordedBy by = RecordedBy.of(stored.metadata());
        ps.setString(6, by == null ? null : codec.toJson(by));
    }
}
