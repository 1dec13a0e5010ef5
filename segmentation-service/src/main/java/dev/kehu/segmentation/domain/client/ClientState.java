package dev.kehu.segmentation.domain.client;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import dev.kehu.segmentation.domain.client.ClientEvent.BalanceRecorded;
import dev.kehu.segmentation.domain.client.ClientEvent.SegmentChanged;
import dev.kehu.segmentation.domain.client.ClientEvent.TradeRecorded;
import dev.kehu.segmentation.domain.segment.Segment;

/**
 * What deciding about a client needs. Loaded per batch, it holds only the days the batch can
 * touch (the window before its latest balance onwards) and only the trade ids the batch names:
 * older days cannot change a classification made at a later asOf.
 *
 * <p>Mutable on purpose: a batch folds thousands of events into the states it owns, and copying
 * 30 days of balances per event was the consumer's largest cost. {@link #apply} changes this
 * state; {@link #evolve} is the pure form (a copy, then apply). The daily totals across accounts
 * are kept as the balances change rather than summed for every classification.
 */
public final class ClientState {

    private LocalDate latestAsOf;
    private final Map<LocalDate, Map<String, BigDecimal>> balances;
    private final Map<LocalDate, BigDecimal> dailyAssets;
    private final Map<LocalDate, BigDecimal> traded;
    private final Set<String> tradeIds;
    private Segment segment;

    /**
     * @param latestAsOf the latest balance day (null: never reported, so not classified)
     * @param balances   total assets per day and account
     * @param traded     traded amount per trading day
     * @param tradeIds   trade ids already recorded
     * @param segment    the last segment published (null: none yet)
     */
    public ClientState(LocalDate latestAsOf, Map<LocalDate, Map<String, BigDecimal>> balances,
                       Map<LocalDate, BigDecimal> traded, Set<String> tradeIds, Segment segment) {
        this.latestAsOf = latestAsOf;
        this.balances = new HashMap<>();
        this.dailyAssets = new HashMap<>();
        balances.forEach((day, accounts) -> {
            this.balances.put(day, new HashMap<>(accounts));
            this.dailyAssets.put(day, accounts.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add));
        });
        this.traded = new HashMap<>(traded);
        this.tradeIds = new HashSet<>(tradeIds);
        this.segment = segment;
    }

    /** A client never seen: a fresh state each time, since states change in place. */
    public static ClientState initial() {
        return new ClientState(null, Map.of(), Map.of(), Set.of(), null);
    }

    private ClientState(ClientState other) {
        this.latestAsOf = other.latestAsOf;
        this.balances = new HashMap<>();
        other.balances.forEach((day, accounts) -> this.balances.put(day, new HashMap<>(accounts)));
        this.dailyAssets = new HashMap<>(other.dailyAssets);
        this.traded = new HashMap<>(other.traded);
        this.tradeIds = new HashSet<>(other.tradeIds);
        this.segment = other.segment;
    }

    public ClientState copy() {
        return new ClientState(this);
    }

    /** The state after the event, leaving this one as it was. */
    public static ClientState evolve(ClientState state, ClientEvent event) {
        return state.copy().apply(event);
    }

    /** Folds the event into this state. */
    public ClientState apply(ClientEvent event) {
        if (event instanceof BalanceRecorded b) {
            BigDecimal before = balances.computeIfAbsent(b.asOf(), d -> new HashMap<>())
                    .put(b.accountId(), b.totalAssets());
            dailyAssets.merge(b.asOf(), before == null ? b.totalAssets() : b.totalAssets().subtract(before),
                    BigDecimal::add);
            latestAsOf = latestAsOf == null || b.asOf().isAfter(latestAsOf) ? b.asOf() : latestAsOf;
        } else if (event instanceof TradeRecorded t) {
            traded.merge(t.tradeDay(), t.amount(), BigDecimal::add);
            tradeIds.add(t.tradeId());
        } else if (event instanceof SegmentChanged s) {
            segment = s.segment();
        } else {
            throw new IllegalArgumentException("unknown client event " + event.getClass().getName());
        }
        return this;
    }

    /** Sets the trade ids the batch found already recorded (the state carries no others). */
    public ClientState withTradeIds(Set<String> ids) {
        tradeIds.clear();
        tradeIds.addAll(ids);
        return this;
    }

    /** Drops the days before {@code day} and the trade ids: what is worth keeping between batches. */
    public ClientState keepingFrom(LocalDate day) {
        balances.keySet().removeIf(d -> d.isBefore(day));
        dailyAssets.keySet().removeIf(d -> d.isBefore(day));
        traded.keySet().removeIf(d -> d.isBefore(day));
        tradeIds.clear();
        return this;
    }

    public LocalDate latestAsOf() {
        return latestAsOf;
    }

    public Segment segment() {
        return segment;
    }

    public boolean hasTrade(String tradeId) {
        return tradeIds.contains(tradeId);
    }

    /** Total assets on the day, summed across the accounts that reported it (null: no report). */
    public BigDecimal assetsOn(LocalDate day) {
        return dailyAssets.get(day);
    }

    /** What one account reported for the day (null: nothing). */
    public BigDecimal balance(LocalDate day, String accountId) {
        Map<String, BigDecimal> accounts = balances.get(day);
        return accounts == null ? null : accounts.get(accountId);
    }

    /** Traded amount on the day (zero: none). */
    public BigDecimal tradedOn(LocalDate day) {
        return traded.getOrDefault(day, BigDecimal.ZERO);
    }

    /** The sum of a window's days and how many of them held a value. */
    public record WindowSum(BigDecimal total, int days) {
    }

    /**
     * The assets of the days {@code from} to {@code to}, the day {@code day} counted as {@code dayTotal}
     * (a report about to be recorded).
     */
    public WindowSum assetsBetween(LocalDate from, LocalDate to, LocalDate day, BigDecimal dayTotal) {
        WindowSum held = sum(dailyAssets, from, to, day);
        return within(day, from, to) ? new WindowSum(held.total().add(dayTotal), held.days() + 1) : held;
    }

    /** The amount traded from {@code from} to {@code to}, with {@code extra} more on {@code day} (a trade about to be recorded). */
    public BigDecimal tradedBetween(LocalDate from, LocalDate to, LocalDate day, BigDecimal extra) {
        BigDecimal held = sum(traded, from, to, null).total();
        return within(day, from, to) ? held.add(extra) : held;
    }

    /**
     * The values of the days {@code from} to {@code to} but {@code skip}: walks the days held (a window's
     * worth) rather than looking each day of the window up.
     */
    private static WindowSum sum(Map<LocalDate, BigDecimal> byDay, LocalDate from, LocalDate to, LocalDate skip) {
        BigDecimal total = BigDecimal.ZERO;
        int days = 0;
        for (Map.Entry<LocalDate, BigDecimal> e : byDay.entrySet()) {
            if (within(e.getKey(), from, to) && !e.getKey().equals(skip)) {
                total = total.add(e.getValue());
                days++;
            }
        }
        return new WindowSum(total, days);
    }

    private static boolean within(LocalDate day, LocalDate from, LocalDate to) {
        return day != null && !day.isBefore(from) && !day.isAfter(to);
    }

    /** Whether exactly this amount is already recorded for the account and day (a re-sent report). */
    public boolean hasBalance(LocalDate day, String accountId, BigDecimal totalAssets) {
        BigDecimal known = balance(day, accountId);
        return known != null && known.compareTo(totalAssets) == 0;
    }
}
