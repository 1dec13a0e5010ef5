package dev.kehu.segmentation.client;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.kehu.segmentation.domain.client.ClientCommand;
import dev.kehu.segmentation.domain.client.ClientCommand.RecordBalance;
import dev.kehu.segmentation.domain.client.ClientCommand.RecordTrade;
import dev.kehu.segmentation.domain.client.ClientDecider;
import dev.kehu.segmentation.domain.client.ClientState;
import dev.kehu.segmentation.domain.segment.Segment;
import dev.kehu.segmentation.domain.segment.SegmentRules;

/**
 * Loads the state of every client of a batch with a fixed number of queries (not one per message):
 * locks and stream versions; then, for the clients the cache cannot answer, header, balances and
 * trade days; and the seen trade ids.
 */
final class ClientStateLoader {

    private final SegmentRules rules;
    private final ClientStateCache cache;

    ClientStateLoader(SegmentRules rules, ClientStateCache cache) {
        this.rules = rules;
        this.cache = cache;
    }

    /**
     * The batch's feed partitions are locked already (the consumed offsets are read under a lock per
     * partition: {@code ConsumedOffsets}), so no other instance changes these clients meanwhile.
     */
    Map<String, ClientStateCache.Entry> load(Connection c, Map<String, List<ClientCommand>> byClient)
            throws SQLException {
        Map<String, Long> versions = versions(c, byClient.keySet());
        Map<String, ClientStateCache.Entry> loaded = new HashMap<>();
        Map<String, List<ClientCommand>> misses = new LinkedHashMap<>();
        byClient.forEach((id, commands) -> {
            long version = versions.getOrDefault(id, 0L);
            ClientStateCache.Entry cached = cache.get(id);
            if (version == 0) {
                // no stream, so no row in any read model: nothing to read
                loaded.put(id, new ClientStateCache.Entry(0, null, ClientState.initial()));
            } else if (cached != null && cached.version() == version && covers(cached, commands)) {
                loaded.put(id, cached);
            } else {
                misses.put(id, commands);
            }
        });
        if (!misses.isEmpty()) {
            loadFromReadModels(c, misses, versions, loaded);
        }
        // states are owned by the batch: the ids go straight in
        seenTradeIds(c, byClient, versions).forEach((id, tradeIds) -> loaded.get(id).state().withTradeIds(tradeIds));
        return loaded;
    }

    /** Whether the cached days reach back as far as the batch's messages can read. */
    private boolean covers(ClientStateCache.Entry cached, List<ClientCommand> commands) {
        return cached.from() == null
                || !cached.from().isAfter(firstRelevantDay(cached.state().latestAsOf(), commands));
    }

    private void loadFromReadModels(Connection c, Map<String, List<ClientCommand>> byClient, Map<String, Long> versions,
                                    Map<String, ClientStateCache.Entry> loaded) throws SQLException {
        Array ids = c.createArrayOf("text", byClient.keySet().toArray());
        Map<String, Header> headers = headers(c, ids);
        Map<String, LocalDate> from = new HashMap<>();
        byClient.forEach((id, commands) ->
                from.put(id, firstRelevantDay(headers.getOrDefault(id, Header.NONE).latestAsOf(), commands)));
        Array fromIds = c.createArrayOf("text", from.keySet().toArray());
        Array fromDays = c.createArrayOf("text", from.values().stream().map(LocalDate::toString).toArray());
        Map<String, Map<LocalDate, Map<String, BigDecimal>>> balances = balances(c, fromIds, fromDays);
        Map<String, Map<LocalDate, BigDecimal>> traded = traded(c, fromIds, fromDays);
        for (String id : byClient.keySet()) {
            Header h = headers.getOrDefault(id, Header.NONE);
            ClientState state = new ClientState(h.latestAsOf(), balances.getOrDefault(id, Map.of()),
                    traded.getOrDefault(id, Map.of()), Set.of(), h.segment());
            loaded.put(id, new ClientStateCache.Entry(versions.getOrDefault(id, 0L), from.get(id), state));
        }
    }

    private static Map<String, Long> versions(Connection c, Set<String> clientIds) throws SQLException {
        Map<String, Long> versions = new HashMap<>();
        eachRow(c, "select f.id, s.version from unnest(?::text[], ?::text[]) f(id, stream_id) "
                        + "join es_stream s on s.stream_id = f.stream_id",
                rs -> versions.put(rs.getString(1), rs.getLong(2)),
                c.createArrayOf("text", clientIds.toArray()),
                c.createArrayOf("text", clientIds.stream().map(ClientDecider::streamId).toArray()));
        return versions;
    }

    private record Header(LocalDate latestAsOf, Segment segment) {
        static final Header NONE = new Header(null, null);
    }

    private static Map<String, Header> headers(Connection c, Array ids) throws SQLException {
        Map<String, Header> headers = new HashMap<>();
        eachRow(c, "select id, (select max(day) from client_balance b where b.client_id = id), s.segment "
                + "from unnest(?::text[]) id left join client_segment s on s.client_id = id", rs -> {
            java.sql.Date latest = rs.getDate(2);
            String segment = rs.getString(3);
            headers.put(rs.getString(1), new Header(latest == null ? null : latest.toLocalDate(),
                    segment == null ? null : Segment.valueOf(segment)));
        }, ids);
        return headers;
    }

    /**
     * The earliest day a batch can read for a client: the window before the earliest of its latest
     * balance day and the days its messages name. Every classification of the batch happens at or
     * after that day, and every re-sent balance it must recognise is on or after it.
     */
    private LocalDate firstRelevantDay(LocalDate latestAsOf, List<ClientCommand> commands) {
        LocalDate earliest = latestAsOf;
        for (ClientCommand command : commands) {
            LocalDate day = day(command);
            earliest = earliest == null || day.isBefore(earliest) ? day : earliest;
        }
        return rules.windowStart(earliest);
    }

    private LocalDate day(ClientCommand command) {
        if (command instanceof RecordBalance b) {
            return b.asOf();
        }
        if (command instanceof RecordTrade t) {
            return LocalDate.ofInstant(t.executedAt(), rules.tradingZone());
        }
        throw new IllegalArgumentException("unknown client command " + command.getClass().getName());
    }

    private static Map<String, Map<LocalDate, Map<String, BigDecimal>>> balances(Connection c, Array ids,
                                                                                 Array days) throws SQLException {
        Map<String, Map<LocalDate, Map<String, BigDecimal>>> all = new HashMap<>();
        eachRow(c, "select b.client_id, b.day, b.account_id, b.total_assets "
                        + "from unnest(?::text[], ?::text[]) f(id, from_day) "
                        + "join client_balance b on b.client_id = f.id and b.day >= f.from_day::date",
                rs -> all.computeIfAbsent(rs.getString(1), k -> new HashMap<>())
                        .computeIfAbsent(rs.getDate(2).toLocalDate(), k -> new HashMap<>())
                        .put(rs.getString(3), rs.getBigDecimal(4)),
                ids, days);
        return all;
    }

    private static Map<String, Map<LocalDate, BigDecimal>> traded(Connection c, Array ids, Array days)
            throws SQLException {
        Map<String, Map<LocalDate, BigDecimal>> all = new HashMap<>();
        eachRow(c, "select t.client_id, t.trade_day, t.amount from unnest(?::text[], ?::text[]) f(id, from_day) "
                        + "join client_trade_day t on t.client_id = f.id and t.trade_day >= f.from_day::date",
                rs -> all.computeIfAbsent(rs.getString(1), k -> new HashMap<>())
                        .put(rs.getDate(2).toLocalDate(), rs.getBigDecimal(3)),
                ids, days);
        return all;
    }

    /** Of the trade ids the batch names, those already recorded (a redelivered or re-sent trade). */
    private static Map<String, Set<String>> seenTradeIds(Connection c, Map<String, List<ClientCommand>> byClient,
                                                         Map<String, Long> versions) throws SQLException {
        List<String> clients = new ArrayList<>();
        List<String> tradeIds = new ArrayList<>();
        byClient.forEach((id, commands) -> commands.forEach(command -> {
            if (command instanceof RecordTrade t && versions.containsKey(id)) {
                clients.add(id);
                tradeIds.add(t.tradeId());
            }
        }));
        Map<String, Set<String>> seen = new HashMap<>();
        if (tradeIds.isEmpty()) {
            return seen;
        }
        eachRow(c, "select t.client_id, t.trade_id from unnest(?::text[], ?::text[]) f(id, trade_id) "
                        + "join client_trade t on t.client_id = f.id and t.trade_id = f.trade_id",
                rs -> seen.computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add(rs.getString(2)),
                c.createArrayOf("text", clients.toArray()), c.createArrayOf("text", tradeIds.toArray()));
        return seen;
    }

    /** What one row of a batch query adds to the batch's state. */
    @FunctionalInterface
    private interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    /** One query for the whole batch: its parameters are arrays (an element per client); {@code row} reads a row. */
    private static void eachRow(Connection c, String sql, RowReader row, Array... parameters) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                ps.setArray(i + 1, parameters[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    row.read(rs);
                }
            }
        }
    }
}
