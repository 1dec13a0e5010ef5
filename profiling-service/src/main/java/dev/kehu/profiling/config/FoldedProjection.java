package dev.kehu.profiling.config;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.kehu.eventstore.Decider;
import dev.kehu.eventstore.EventCodec;
import dev.kehu.eventstore.KeyMatch;
import dev.kehu.eventstore.StoredEvent;

/**
 * A read model kept as one folded state per aggregate ({@code client_profile}, {@code suitability_check}),
 * folded with the same decider the writes use, so the live and the rebuilt rows cannot drift apart: the
 * stored state of every key the events touch is read in one query, the batch folded in, and each touched
 * key upserted in one batch. A subclass names the key of an event and how a state fills the upsert.
 *
 * @param <K> the aggregate key
 * @param <S> the folded state, stored as JSON in the table's {@code state} column
 */
public abstract class FoldedProjection<K, S> extends PrefixProjection {

    /** States a rebuild holds in memory before it writes them (a few KB each). */
    static final int HELD = 50_000;

    private final Decider<S, ?, ?> decider;
    private final Class<S> stateType;
    private final String table;
    private final String keyColumn;
    private final String keySqlType;
    private final Class<K> keyType;
    private final String upsert;

    /**
     * @param keySqlType the key column's SQL type, for the {@code any(?)} array
     * @param upsert     an {@code insert into <table> ... on conflict (<keyColumn>) do update}, filled by
     *                   {@link #bind}
     */
    protected FoldedProjection(EventCodec codec, String name, String prefix, Decider<S, ?, ?> decider,
                               Class<S> stateType, String table, String keyColumn, String keySqlType,
                               Class<K> keyType, String upsert) {
        super(codec, name, prefix, table);
        this.decider = decider;
        this.stateType = stateType;
        this.table = table;
        this.keyColumn = keyColumn;
        this.keySqlType = keySqlType;
        this.keyType = keyType;
        this.upsert = upsert;
    }

    /** The aggregate key of an event. */
    protected abstract K keyOf(StoredEvent event);

    /** Fills the upsert's parameters from one folded state. */
    protected abstract void bind(PreparedStatement ps, S state) throws SQLException;

    @Override
    public void apply(Connection c, List<StoredEvent> events) throws SQLException {
        Map<K, S> touched = new LinkedHashMap<>();
        for (StoredEvent s : events) {
            touched.put(keyOf(s), decider.initialState());
        }
        touched.putAll(stored(c, touched.keySet()));
        fold(touched, events);
        write(c, touched.values());
    }

    /**
     * A rebuild folds page after page in memory and writes each state once, when the log is done: a client
     * whose events span many pages is neither read back nor written per page. At most {@code held} states
     * wait in memory; beyond that they are written, and a later event of such a key reads its state back.
     */
    @Override
    public Rebuild rebuilding(Connection c) {
        return rebuilding(c, HELD);
    }

    public Rebuild rebuilding(Connection c, int held) {
        Map<K, S> folded = new LinkedHashMap<>();
        Set<K> written = new HashSet<>();
        Finish flush = () -> {
            write(c, folded.values());
            written.addAll(folded.keySet());
            folded.clear();
        };
        return Rebuild.of(events -> {
            Set<K> back = new LinkedHashSet<>();
            for (StoredEvent s : events) {
                K key = keyOf(s);
                if (!folded.containsKey(key) && written.contains(key)) {
                    back.add(key);
                }
            }
            folded.putAll(stored(c, back));
            fold(folded, events);
            if (folded.size() >= held) {
                flush.run();
            }
        }, flush);
    }

    /** Folds the events into the states of their keys (the initial state for a key not there yet). */
    private void fold(Map<K, S> states, List<StoredEvent> events) {
        for (StoredEvent s : events) {
            K key = keyOf(s);
            S state = states.get(key);
            states.put(key, decider.evolve(state == null ? decider.initialState() : state, s));
        }
    }

    /** The stored states of these keys; a key without a row is left out. */
    private Map<K, S> stored(Connection c, Collection<K> keys) throws SQLException {
        Map<K, S> states = new HashMap<>();
        if (keys.isEmpty()) {
            return states;
        }
        try (PreparedStatement ps = c.prepareStatement("select " + keyColumn + ", state::text from " + table
                + " where " + KeyMatch.on(keyColumn, keys))) {
            KeyMatch.bind(c, ps, 1, keySqlType, keys);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    states.put(rs.getObject(1, keyType), read(rs.getString(2)));
                }
            }
        }
        return states;
    }

    /** Upserts the states, one statement (each key once: see {@link #apply}'s contract in Projection). */
    private void write(Connection c, Collection<S> states) throws SQLException {
        if (states.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(upsert)) {
            for (S state : states) {
                bind(ps, state);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private S read(String json) {
        try {
            return codec.mapper().readValue(json, stateType);
        } catch (IOException e) {
            throw new IllegalStateException("unreadable " + stateType.getSimpleName() + " in a read model", e);
        }
    }
}
