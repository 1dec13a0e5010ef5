package dev.kehu.profiling.config;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import dev.kehu.eventstore.Decider;
import dev.kehu.eventstore.EventCodec;
import dev.kehu.eventstore.KeyMatch;
import dev.kehu.eventstore.StoredEvent;

/**
 * The read models kept as one folded state per aggregate ({@code client_profile}, {@code suitability_check}),
 * folded with the same decider the writes use: the stored state of every key the events touch, read in one
 * query, with the batch folded in.
 */
public final class FoldedRows {

    private FoldedRows() {
    }

    /**
     * @param keyOf   the aggregate key of an event
     * @param sqlType the key column's SQL type, for the {@code any(?)} array
     * @return every touched key in event order, with its stored state (or the decider's initial one) and
     *         the batch's events folded in
     */
    public static <K, S> Map<K, S> fold(Connection c, List<StoredEvent> events, Function<StoredEvent, K> keyOf,
                                        Decider<S, ?, ?> decider, String table, String keyColumn, String sqlType,
                                        Class<K> keyType, Class<S> stateType, EventCodec codec) throws SQLException {
        Map<K, S> states = new LinkedHashMap<>();
        for (StoredEvent s : events) {
            states.put(keyOf.apply(s), decider.initialState());
        }
        try (PreparedStatement ps = c.prepareStatement("select " + keyColumn + ", state::text from " + table
                + " where " + KeyMatch.on(keyColumn, states.keySet()))) {
            KeyMatch.bind(c, ps, 1, sqlType, states.keySet());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    states.put(rs.getObject(1, keyType), read(codec, rs.getString(2), stateType));
                }
            }
        }
        for (StoredEvent s : events) {
            K key = keyOf.apply(s);
            states.put(key, decider.evolve(states.get(key), s));
        }
        return states;
    }

    public static <S> S read(EventCodec codec, String json, Class<S> stateType) {
        try {
            return codec.mapper().readValue(json, stateType);
        } catch (IOException e) {
            throw new IllegalStateException("unreadable " + stateType.getSimpleName() + " in a read model", e);
        }
    }
}
