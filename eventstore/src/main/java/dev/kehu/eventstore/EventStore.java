package dev.kehu.eventstore;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The append-only event log in PostgreSQL. Every method works on the caller's connection so that
 * events, read models, outbox and inbox change in one transaction.
 */
public final class EventStore {

    private static final String SELECT = "select position, stream_id, version, event_id, type, data::text, "
            + "metadata::text, recorded_at from es_event ";

    static final int MAX_EVENTS_PER_APPEND = 10_000;

    private final EventCodec codec;
    private final Projections projections;

    public EventStore(EventCodec codec, Projections projections) {
        this.codec = codec;
        this.projections = projections;
    }

    public EventCodec codec() {
        return codec;
    }

    /**
     * Appends events to a stream if it is at {@code expectedVersion} (or at any version for
     * {@link ExpectedVersion#ANY}), applies the inline projections, and returns what was stored.
     *
     * @throws ConcurrencyConflictException if another writer got there first
     */
    public List<StoredEvent> append(Connection c, String streamId, long expectedVersion, List<?> events,
                                    EventMetadata metadata) throws SQLException {
        if (events.isEmpty()) {
            return List.of();
        }
        if (events.size() > MAX_EVENTS_PER_APPEND) {
            // PostgreSQL takes at most 65,535 parameters per statement, six per event
            throw new IllegalArgumentException("append at most " + MAX_EVENTS_PER_APPEND + " events at once");
        }
        long first = claimVersions(c, streamId, expectedVersion, events.size()) + 1;
        String metadataJson = codec.toJson(metadata);
        // one multi-row insert per append: a batch consumer appends many events in one round trip
        StringBuilder sql = new StringBuilder(
                "insert into es_event (stream_id, version, event_id, type, data, metadata) values ");
        for (int i = 0; i < events.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?::jsonb, ?::jsonb)");
        }
        sql.append(" returning position, version, recorded_at");
        List<StoredEvent> stored = new ArrayList<>(events.size());
        List<UUID> ids = new ArrayList<>(events.size());
        List<String> types = new ArrayList<>(events.size());
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            int p = 1;
            for (int i = 0; i < events.size(); i++) {
                Object event = events.get(i);
                UUID eventId = UUID.randomUUID();
                String type = codec.typeOf(event);
                ids.add(eventId);
                types.add(type);
                ps.setString(p++, streamId);
                ps.setLong(p++, first + i);
                ps.setObject(p++, eventId);
                ps.setString(p++, type);
                ps.setString(p++, codec.toJson(event));
                ps.setString(p++, metadataJson);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int i = (int) (rs.getLong(2) - first);
                    stored.add(new StoredEvent(rs.getLong(1), streamId, first + i, ids.get(i), types.get(i), events.get(i),
                            metadata, rs.getTimestamp(3).toInstant()));
                }
            }
        }
        stored.sort(java.util.Comparator.comparingLong(StoredEvent::version));
        projections.applyInline(c, stored);
        return stored;
    }

    /** Moves the stream's version forward by {@code count}; returns the version before. */
    private long claimVersions(Connection c, String streamId, long expected, int count) throws SQLException {
        if (expected == ExpectedVersion.ANY) {
            try (PreparedStatement ps = c.prepareStatement(
                    "insert into es_stream (stream_id, version) values (?, ?) on conflict (stream_id) do update "
                            + "set version = es_stream.version + excluded.version, updated_at = clock_timestamp() "
                            + "returning version")) {
                ps.setString(1, streamId);
                ps.setLong(2, count);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1) - count;
                }
            }
        }
        if (expected < 0) {
            throw new IllegalArgumentException("expected version must be >= 0 or ANY, was " + expected);
        }
        int updated;
        if (expected == ExpectedVersion.NO_STREAM) {
            try (PreparedStatement ps = c.prepareStatement(
                    "insert into es_stream (stream_id, version) values (?, ?) on conflict (stream_id) do nothing")) {
                ps.setString(1, streamId);
                ps.setLong(2, count);
                updated = ps.executeUpdate();
            }
        } else {
            // under READ COMMITTED a concurrent writer waits for our row lock, then re-checks the version
            try (PreparedStatement ps = c.prepareStatement(
                    "update es_stream set version = ?, updated_at = clock_timestamp() "
                            + "where stream_id = ? and version = ?")) {
                ps.setLong(1, expected + count);
                ps.setString(2, streamId);
                ps.setLong(3, expected);
                updated = ps.executeUpdate();
            }
        }
        if (updated != 1) {
            throw new ConcurrencyConflictException(streamId, expected, version(c, streamId));
        }
        return expected;
    }

    /** The stream's current version, 0 if it has no events. */
    public long version(Connection c, String streamId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select version from es_stream where stream_id = ?")) {
            ps.setString(1, streamId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    public List<StoredEvent> readStream(Connection c, String streamId) throws SQLException {
        return readStream(c, streamId, 0);
    }

    /** The stream's events with a version above {@code afterVersion}, in order. */
    public List<StoredEvent> readStream(Connection c, String streamId, long afterVersion) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                SELECT + "where stream_id = ? and version > ? order by version")) {
            ps.setString(1, streamId);
            ps.setLong(2, afterVersion);
            return read(ps);
        }
    }

    /** The stream as it stood at {@code asOf}: the events recorded at or before that instant. */
    public List<StoredEvent> readStreamAsOf(Connection c, String streamId, Instant asOf) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                SELECT + "where stream_id = ? and recorded_at <= ? order by version")) {
            ps.setString(1, streamId);
            ps.setTimestamp(2, Timestamp.from(asOf));
            return read(ps);
        }
    }

    /** Up to {@code limit} events of the whole log after {@code afterPosition}, in log order. */
    public List<StoredEvent> readAll(Connection c, long afterPosition, int limit) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT + "where position > ? order by position limit ?")) {
            ps.setLong(1, afterPosition);
            ps.setInt(2, limit);
            return read(ps);
        }
    }

    private List<StoredEvent> read(PreparedStatement ps) throws SQLException {
        List<StoredEvent> events = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String type = rs.getString(5);
                events.add(new StoredEvent(rs.getLong(1), rs.getString(2), rs.getLong(3),
                        rs.getObject(4, UUID.class), type, codec.fromJson(type, rs.getString(6)),
                        readMetadata(rs.getString(7)), rs.getTimestamp(8).toInstant()));
            }
        }
        return events;
    }

    private EventMetadata readMetadata(String json) {
        try {
            return codec.mapper().readValue(json, EventMetadata.class);
        } catch (Exception e) {
            throw new IllegalStateException("unreadable event metadata " + json, e);
        }
    }
}
