package dev.kehu.eventstore;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The append-only event log in PostgreSQL. Every method works on the caller's connection so that
 * events, read models, outbox and inbox change in one transaction.
 */
public final class EventStore implements LogPages {

    private static final String SELECT = "select position, stream_id, version, event_id, type, data::text, "
            + "metadata::text, recorded_at from es_event ";

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
     * Events for one stream, to be appended if the stream is at {@code expectedVersion}. Each event is
     * stored with its own entry of {@code eventMetadata} when one is given (a batch consumer's events,
     * each caused by its own message), else with {@code metadata}.
     */
    public record StreamAppend(String streamId, long expectedVersion, List<?> events, EventMetadata metadata,
                               List<EventMetadata> eventMetadata) {

        public StreamAppend {
            eventMetadata = eventMetadata == null ? List.of() : List.copyOf(eventMetadata);
            if (!eventMetadata.isEmpty() && eventMetadata.size() != events.size()) {
                throw new IllegalArgumentException("one metadata per event: " + eventMetadata.size() + " for "
                        + events.size() + " events of " + streamId);
            }
        }

        /** Events that share one metadata. */
        public StreamAppend(String streamId, long expectedVersion, List<?> events, EventMetadata metadata) {
            this(streamId, expectedVersion, events, metadata, List.of());
        }

        /** Events each with its own metadata ({@code metadata.get(i)} for {@code events.get(i)}). */
        public static StreamAppend each(String streamId, long expectedVersion, List<?> events,
                                        List<EventMetadata> metadata) {
            return new StreamAppend(streamId, expectedVersion, events, metadata.isEmpty() ? null : metadata.get(0),
                    metadata);
        }

        /** The metadata of the {@code i}-th event. */
        public EventMetadata metadataOf(int i) {
            return eventMetadata.isEmpty() ? metadata : eventMetadata.get(i);
        }
    }

    /**
     * Appends events to a stream if it is at {@code expectedVersion} (or at any version for
     * {@link ExpectedVersion#ANY}), applies the inline projections, and returns what was stored.
     *
     * @throws ConcurrencyConflictException if another writer got there first
     */
    public List<StoredEvent> append(Connection c, String streamId, long expectedVersion, List<?> events,
                                    EventMetadata metadata) throws SQLException {
        return appendAll(c, List.of(new StreamAppend(streamId, expectedVersion, events, metadata)));
    }

    /**
     * Appends to many streams at once — what a batch consumer does with one polled batch: the
     * versions of all {@code ANY} streams are claimed in one statement, all events inserted in one
     * statement, and the projections applied once. Each stream may appear once.
     *
     * @return the stored events, append by append, each in version order
     * @throws ConcurrencyConflictException if a stream with an expected version moved on
     */
    public List<StoredEvent> appendAll(Connection c, List<StreamAppend> appends) throws SQLException {
        List<StreamAppend> work = appends.stream().filter(a -> !a.events().isEmpty()).toList();
        int total = work.stream().mapToInt(a -> a.events().size()).sum();
        if (total == 0) {
            return List.of();
        }
        if (work.stream().map(StreamAppend::streamId).distinct().count() != work.size()) {
            throw new IllegalArgumentException("each stream may appear once in appendAll");
        }
        Map<String, Long> first = claimAll(c, work);
        // one statement whatever the batch size: the row columns as arrays, and the data and metadata
        // as two JSON arrays (parsed once each by PostgreSQL; as text[] elements every quote in them
        // had to be escaped by the driver), the metadata once per distinct value, events pointing at it
        String[] streams = new String[total];
        Long[] versions = new Long[total];
        UUID[] ids = new UUID[total];
        String[] types = new String[total];
        Integer[] metadataIndex = new Integer[total];
        StringBuilder data = new StringBuilder(total * 512).append('[');
        StringBuilder metadata = new StringBuilder(256).append('[');
        Map<EventMetadata, Integer> distinctMetadata = new HashMap<>();
        Map<String, StoredEvent> pending = new HashMap<>();
        int i = 0;
        for (StreamAppend a : work) {
            long version = first.get(a.streamId());
            int n = 0;
            for (Object event : a.events()) {
                EventMetadata own = a.metadataOf(n++);
                streams[i] = a.streamId();
                versions[i] = version;
                ids[i] = EventIds.next();
                types[i] = codec.typeOf(event);
                if (i > 0) {
                    data.append(',');
                }
                data.append(codec.toJson(event));
                Integer m = distinctMetadata.get(own);
                if (m == null) {
                    m = distinctMetadata.size() + 1;
                    distinctMetadata.put(own, m);
                    metadata.append(m > 1 ? "," : "").append(codec.toJson(own));
                }
                metadataIndex[i] = m;
                pending.put(a.streamId() + "@" + version,
                        new StoredEvent(0, a.streamId(), version, ids[i], types[i], event, own, null));
                version++;
                i++;
            }
        }
        try (PreparedStatement ps = c.prepareStatement("insert into es_event (stream_id, version, event_id, type, data, "
                + "metadata) select e.s, e.v, e.id, e.t, d.value, m.value from unnest(?::text[], ?::bigint[], ?::uuid[], "
                + "?::text[], ?::int[]) with ordinality as e(s, v, id, t, mi, n) "
                + "join json_array_elements(?::json) with ordinality as d(value, n) on d.n = e.n "
                + "join json_array_elements(?::json) with ordinality as m(value, n) on m.n = e.mi order by e.n "
                + "returning position, stream_id, version, recorded_at")) {
            ps.setArray(1, c.createArrayOf("text", streams));
            ps.setArray(2, c.createArrayOf("bigint", versions));
            ps.setArray(3, c.createArrayOf("uuid", ids));
            ps.setArray(4, c.createArrayOf("text", types));
            ps.setArray(5, c.createArrayOf("int", metadataIndex));
            ps.setString(6, data.append(']').toString());
            ps.setString(7, metadata.append(']').toString());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String key = rs.getString(2) + "@" + rs.getLong(3);
                    StoredEvent e = pending.get(key);
                    pending.put(key, new StoredEvent(rs.getLong(1), e.streamId(), e.version(), e.eventId(), e.type(),
                            e.event(), e.metadata(), rs.getTimestamp(4).toInstant()));
                }
            }
        }
        List<StoredEvent> stored = new ArrayList<>(total);
        for (StreamAppend a : work) {
            long from = first.get(a.streamId());
            for (long v = from; v < from + a.events().size(); v++) {
                stored.add(pending.get(a.streamId() + "@" + v));
            }
        }
        List<StoredEvent> inLogOrder = new ArrayList<>(stored);
        inLogOrder.sort(Comparator.comparingLong(StoredEvent::position));
        projections.applyInline(c, inLogOrder);
        return stored;
    }

    /** The first new version of every stream: ANY streams in one statement, the others one by one. */
    private Map<String, Long> claimAll(Connection c, List<StreamAppend> work) throws SQLException {
        Map<String, Long> first = new HashMap<>();
        List<StreamAppend> any = new ArrayList<>();
        for (StreamAppend a : work) {
            if (a.expectedVersion() == ExpectedVersion.ANY) {
                any.add(a);
            } else {
                first.put(a.streamId(), claimVersions(c, a.streamId(), a.expectedVersion(), a.events().size()) + 1);
            }
        }
        if (any.isEmpty()) {
            return first;
        }
        Map<String, Integer> counts = new HashMap<>();
        any.forEach(a -> counts.put(a.streamId(), a.events().size()));
        try (PreparedStatement ps = c.prepareStatement(
                "insert into es_stream (stream_id, version) select * from unnest(?::text[], ?::bigint[]) "
                        + "on conflict (stream_id) do update set version = es_stream.version + excluded.version, "
                        + "updated_at = clock_timestamp() returning stream_id, version")) {
            ps.setArray(1, c.createArrayOf("text", any.stream().map(StreamAppend::streamId).toArray()));
            ps.setArray(2, c.createArrayOf("bigint", any.stream().map(a -> (long) a.events().size()).toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String stream = rs.getString(1);
                    first.put(stream, rs.getLong(2) - counts.get(stream) + 1);
                }
            }
        }
        return first;
    }

    /** Moves the stream's version forward by {@code count}; returns the version before. */
    private long claimVersions(Connection c, String streamId, long expected, int count) throws SQLException {
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

    /** The whole stream, in version order. */
    public List<StoredEvent> readStream(Connection c, String streamId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT + "where stream_id = ? order by version")) {
            ps.setString(1, streamId);
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

    @Override
    public List<StoredEvent> readAll(Connection c, long afterPosition, int limit) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT + "where position > ? order by position limit ?")) {
            ps.setLong(1, afterPosition);
            ps.setInt(2, limit);
            return read(ps);
        }
    }

    /** A row as read, before its JSON (UTF-8, as the driver received it) is decoded. */
    private record Row(long position, String streamId, long version, UUID eventId, String type, byte[] data,
                       EventMetadata metadata, Instant recordedAt) {
    }

    /** Pages at least this long are decoded on every core: a rebuild reads pages of thousands. */
    private static final int PARALLEL_DECODE_FROM = 2_000;

    private List<StoredEvent> read(PreparedStatement ps) throws SQLException {
        List<Row> rows = new ArrayList<>();
        // the events of one append share their metadata: parse each distinct run of it once
        // (compared as bytes: decoding each row's copy to a String cost more than parsing the one that differs)
        byte[] metadataJson = null;
        EventMetadata metadata = null;
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                byte[] json = rs.getBytes(7);
                if (!Arrays.equals(json, metadataJson)) {
                    metadata = readMetadata(json);
                    metadataJson = json;
                }
                rows.add(new Row(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getObject(4, UUID.class),
                        rs.getString(5), rs.getBytes(6), metadata, rs.getTimestamp(8).toInstant()));
            }
        }
        // decoding JSON is most of a rebuild's own CPU, and the database waits on it meanwhile
        var stream = rows.size() >= PARALLEL_DECODE_FROM ? rows.parallelStream() : rows.stream();
        return stream.map(r -> new StoredEvent(r.position(), r.streamId(), r.version(), r.eventId(), r.type(),
                codec.fromJson(r.type(), r.data()), r.metadata(), r.recordedAt())).toList();
    }

    private EventMetadata readMetadata(byte[] json) {
        try {
            return codec.mapper().readValue(json, EventMetadata.class);
        } catch (Exception e) {
            throw new IllegalStateException("unreadable event metadata "
                    + new String(json, java.nio.charset.StandardCharsets.UTF_8), e);
        }
    }
}
