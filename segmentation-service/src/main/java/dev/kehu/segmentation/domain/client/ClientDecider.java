package dev.kehu.segmentation.domain.client;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dev.kehu.eventstore.Decider;
import dev.kehu.segmentation.domain.client.ClientCommand.RecordBalance;
import dev.kehu.segmentation.domain.client.ClientCommand.RecordTrade;
import dev.kehu.segmentation.domain.client.ClientEvent.BalanceRecorded;
import dev.kehu.segmentation.domain.client.ClientEvent.SegmentChanged;
import dev.kehu.segmentation.domain.client.ClientEvent.TradeRecorded;
import dev.kehu.segmentation.domain.segment.Classification;
import dev.kehu.segmentation.domain.segment.SegmentRules;

/**
 * Decides what a feed message means for a client: record it (unless it is a re-sent duplicate),
 * re-classify at the latest balance day, and note a segment change. Pure: same state and command,
 * same events.
 *
 * <p>{@link #evolve} is the pure fold (a copy per event). The feed consumer decides thousands of
 * messages per batch on states it owns and folds them in place with {@link ClientState#apply}
 * instead: the same function without the copy, which was the consumer's largest cost.
 */
public final class ClientDecider implements Decider<ClientState, ClientCommand, ClientEvent> {

    private static final String STREAM_PREFIX = "client-";

    private final SegmentRules rules;

    public ClientDecider(SegmentRules rules) {
        this.rules = rules;
    }

    /** The stream of one client. */
    public static String streamId(String clientId) {
        return STREAM_PREFIX + clientId;
    }

    @Override
    public ClientState initialState() {
        return ClientState.initial();
    }

    @Override
    public ClientState evolve(ClientState state, ClientEvent event) {
        return ClientState.evolve(state, event);
    }

    @Override
    public List<ClientEvent> decide(ClientCommand command, ClientState state) {
        if (command instanceof RecordBalance b) {
            return recordBalance(b, state);
        }
        if (command instanceof RecordTrade t) {
            return recordTrade(t, state);
        }
        throw new IllegalArgumentException("unknown client command " + command.getClass().getName());
    }

    private List<ClientEvent> recordBalance(RecordBalance b, ClientState state) {
        if (state.hasBalance(b.asOf(), b.accountId(), b.totalAssets())) {
            return List.of();
        }
        BalanceRecorded fact = new BalanceRecorded(b.clientId(), b.accountId(), b.asOf(), b.totalAssets(), b.cash(),
                b.marketValue(), b.messageId(), null);
        // the day's total as it will be once this account's report replaces its previous one
        BigDecimal previous = state.balance(b.asOf(), b.accountId());
        BigDecimal dayTotal = state.assetsOn(b.asOf()) == null ? b.totalAssets()
                : state.assetsOn(b.asOf()).add(b.totalAssets()).subtract(previous == null ? BigDecimal.ZERO : previous);
        LocalDate asOf = state.latestAsOf() == null || b.asOf().isAfter(state.latestAsOf()) ? b.asOf()
                : state.latestAsOf();
        LocalDate from = rules.windowStart(asOf);
        ClientState.WindowSum assets = state.assetsBetween(from, asOf, b.asOf(), dayTotal);
        Classification c = rules.classify(asOf, assets.total(), assets.days(),
                state.tradedBetween(from, asOf, null, null));
        return withChange(fact.classified(c), state, c);
    }

    private List<ClientEvent> recordTrade(RecordTrade t, ClientState state) {
        if (state.hasTrade(t.tradeId())) {
            return List.of();
        }
        LocalDate tradeDay = LocalDate.ofInstant(t.executedAt(), rules.tradingZone());
        TradeRecorded fact = new TradeRecorded(t.clientId(), t.tradeId(), t.accountId(), t.executedAt(), tradeDay,
                t.side(), t.symbol(), t.quantity(), t.price(), t.amount(), t.messageId(), null);
        if (state.latestAsOf() == null) {
            // a client is classified only once it has a balance: the trade waits in the metrics
            return List.of(fact);
        }
        LocalDate asOf = state.latestAsOf();
        LocalDate from = rules.windowStart(asOf);
        ClientState.WindowSum assets = state.assetsBetween(from, asOf, null, null);
        Classification c = rules.classify(asOf, assets.total(), assets.days(),
                state.tradedBetween(from, asOf, tradeDay, t.amount()));
        return withChange(fact.classified(c), state, c);
    }

    private static List<ClientEvent> withChange(ClientEvent fact, ClientState before, Classification c) {
        List<ClientEvent> events = new ArrayList<>(2);
        events.add(fact);
        if (c.segment() != before.segment()) {
            events.add(SegmentChanged.of(fact.clientId(), before.segment(), c));
        }
        return events;
    }
}
