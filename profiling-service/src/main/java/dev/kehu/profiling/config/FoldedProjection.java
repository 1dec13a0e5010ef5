package dev.kehu.profiling.config;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
        Map<K, S> touched = fold(c, events);
        try (PreparedStatement ps = c.prepareStatement(upsert)) {
            for (S state : touched.values()) {
                bind(ps, state);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Every touched key in event order, with its stored state (or the initial one) and the batch folded in. */
    private Map<K, S> fold(Connection c, List<StoredEvent> events) throws SQLException {
        Map<K, S> states = new LinkedHashMap<>();
        for (StoredEvent s : events) {
            states.put(keyOf(s), decider.initialState());
        }
        try (PreparedStatement ps = c.prepareStatement("select " + keyColumn + ", state::text from " + table
                + " where " + KeyMatch.on(keyColumn, states.keySet()))) {
            KeyMatch.bind(c, ps, 1, keySqlType, states.keySet());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    states.put(rs.getObject(1, keyType), read(rs.getString(2)));
                }
            }
        }
        for (StoredEvent s : events) {
            K key = keyOf(s);
            states.put(key, decider.evolve(states.get(key), s));
        }
        return states;
    }

    private S read(String json) {
        try {
            return codec.mapper().readValue(json, stateType);
        } catch (IOException e) {
            throw new IllegalStateException("unreadable " + stateType.getSimpleName() + " in a read model", e);
        }
    }
}
