package dev.kehu.segmentation.client;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import dev.kehu.segmentation.client.ClientEvent.BalanceRecorded;
import dev.kehu.segmentation.client.ClientEvent.SegmentChanged;
import dev.kehu.segmentation.client.ClientEvent.TradeRecorded;
import dev.kehu.segmentation.segment.Segment;

/**
 * What deciding about a client needs. Loaded per batch, it holds only the days the batch can
 * touch (the window before its latest balance onwards) and only the trade ids the batch names:
 * older days cannot change a classification made at a later asOf.
 *
 * @param latestAsOf the latest balance day (null: never reported, so not classified)
 * @param balances   total assets per day and account
 * @param traded     traded amount per trading day
 * @param tradeIds   trade ids already recorded
 * @param segment    the last segment published (null: none yet)
 */
public record ClientState(LocalDate latestAsOf, Map<LocalDate, Map<String, BigDecimal>> balances,
                          Map<LocalDate, BigDecimal> traded, Set<String> tradeIds, Segment segment) {

    public static final ClientState INITIAL = new ClientState(null, Map.of(), Map.of(), Set.of(), null);

    public ClientState {
        balances = Map.copyOf(balances);
        traded = Map.copyOf(traded);
        tradeIds = Set.copyOf(tradeIds);
    }

    public static ClientState evolve(ClientState state, ClientEvent event) {
        if (event instanceof BalanceRecorded b) {
            Map<LocalDate, Map<String, BigDecimal>> balances = new HashMap<>(state.balances);
            Map<String, BigDecimal> day = new HashMap<>(balances.getOrDefault(b.asOf(), Map.of()));
            day.put(b.accountId(), b.totalAssets());
            balances.put(b.asOf(), Map.copyOf(day));
            LocalDate latest = state.latestAsOf == null || b.asOf().isAfter(state.latestAsOf) ? b.asOf()
                    : state.latestAsOf;
            return new ClientState(latest, balances, state.traded, state.tradeIds, state.segment);
        }
        if (event instanceof TradeRecorded t) {
            Map<LocalDate, BigDecimal> traded = new HashMap<>(state.traded);
            traded.merge(t.tradeDay(), t.amount(), BigDecimal::add);
            Set<String> ids = new HashSet<>(state.tradeIds);
            ids.add(t.tradeId());
            return new ClientState(state.latestAsOf, state.balances, traded, ids, state.segment);
        }
        if (event instanceof SegmentChanged s) {
            return new ClientState(state.latestAsOf, state.balances, state.traded, state.tradeIds, s.segment());
        }
        throw new IllegalArgumentException("unknown client event " + event.getClass().getName());
    }

    public ClientState withTradeIds(Set<String> ids) {
        return new ClientState(latestAsOf, balances, traded, ids, segment);
    }

    /** The state without the days before {@code day} and without trade ids: what is kept between batches. */
    public ClientState keepingFrom(LocalDate day) {
        Map<LocalDate, Map<String, BigDecimal>> keptBalances = new HashMap<>(balances);
        keptBalances.keySet().removeIf(d -> d.isBefore(day));
        Map<LocalDate, BigDecimal> keptTraded = new HashMap<>(traded);
        keptTraded.keySet().removeIf(d -> d.isBefore(day));
        return new ClientState(latestAsOf, keptBalances, keptTraded, Set.of(), segment);
    }

    /** Total assets per day, summed across the accounts that reported that day. */
    public Map<LocalDate, BigDecimal> dailyAssets() {
        Map<LocalDate, BigDecimal> daily = new HashMap<>();
        balances.forEach((day, accounts) -> daily.put(day,
                accounts.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)));
        return daily;
    }

    /** Whether exactly this amount is already recorded for the account and day (a re-sent report). */
    public boolean hasBalance(LocalDate day, String accountId, BigDecimal totalAssets) {
        BigDecimal known = balances.getOrDefault(day, Map.of()).get(accountId);
        return known != null && known.compareTo(totalAssets) == 0;
    }
}
