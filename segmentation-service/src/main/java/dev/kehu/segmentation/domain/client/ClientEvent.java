package dev.kehu.segmentation.domain.client;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import dev.kehu.eventstore.EventType;
import dev.kehu.segmentation.domain.segment.Activity;
import dev.kehu.segmentation.domain.segment.Classification;
import dev.kehu.segmentation.domain.segment.Priority;
import dev.kehu.segmentation.domain.segment.Segment;
import dev.kehu.segmentation.domain.segment.Size;

/**
 * The life of one client's metrics, stream {@code client-<clientId>}. Recorded facts carry the
 * classification they led to, so the current-segment read model is a plain fold of the log and a
 * rebuild needs no recomputation.
 */
public sealed interface ClientEvent permits ClientEvent.Recorded, ClientEvent.SegmentChanged {

    String clientId();

    /** A recorded fact of the feeds, with the classification it led to (null while the client has no balance). */
    sealed interface Recorded extends ClientEvent permits BalanceRecorded, TradeRecorded {

        Classification classification();
    }

    /** An end-of-day balance of one account; a later one for the same account and day replaces it. */
    @EventType("segmentation.client.balance-recorded.v1")
    record BalanceRecorded(String clientId, String accountId, LocalDate asOf, BigDecimal totalAssets,
                           BigDecimal cash, BigDecimal marketValue, String messageId,
                           Classification classification) implements Recorded {

        BalanceRecorded classified(Classification c) {
            return new BalanceRecorded(clientId, accountId, asOf, totalAssets, cash, marketValue, messageId, c);
        }
    }

    /** A trade, counted on the trading day of its execution ({@code tradeDay}, exchange time zone). */
    @EventType("segmentation.client.trade-recorded.v1")
    record TradeRecorded(String clientId, String tradeId, String accountId, Instant executedAt, LocalDate tradeDay,
                         Side side, String symbol, BigDecimal quantity, BigDecimal price, BigDecimal amount,
                         String messageId, Classification classification) implements Recorded {

        TradeRecorded classified(Classification c) {
            return new TradeRecorded(clientId, tradeId, accountId, executedAt, tradeDay, side, symbol, quantity, price,
                    amount, messageId, c);
        }
    }

    /** The segment differs from the last one published; its fields are exactly docs/contract.md#topics-and-events event data. */
    @EventType("segmentation.client.segment-changed.v1")
    record SegmentChanged(String clientId, Segment previousSegment, Segment segment, Size size, Activity activity,
                          Priority priority, BigDecimal averageAssets, BigDecimal turnover, LocalDate asOf)
            implements ClientEvent {

        static SegmentChanged of(String clientId, Segment previous, Classification c) {
            return new SegmentChanged(clientId, previous, c.segment(), c.size(), c.activity(), c.priority(),
                    c.averageAssets(), c.turnover(), c.asOf());
        }
    }
}
