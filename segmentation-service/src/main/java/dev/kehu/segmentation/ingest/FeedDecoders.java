package dev.kehu.segmentation.ingest;

import dev.kehu.eventstore.IncomingCloudEvent;
import dev.kehu.eventstore.InvalidMessageException;
import dev.kehu.eventstore.contract.BalanceReported;
import dev.kehu.segmentation.domain.client.ClientCommand;
import dev.kehu.segmentation.domain.client.ClientCommand.RecordBalance;
import dev.kehu.segmentation.domain.client.ClientCommand.RecordTrade;
import dev.kehu.segmentation.domain.client.Side;

/**
 * Validates the back-office messages (docs/contract.md#backofficetrades, #backofficebalances); whatever is
 * wrong goes, listed, to the dead-letter topic.
 */
public final class FeedDecoders {

    public static final String TRADE_TYPE = "backoffice.trade.executed.v1";
    public static final String TRADES_TOPIC = "backoffice.trades";

    private FeedDecoders() {
    }

    /** A message of either feed, decoded by the topic it came from (its type must match that topic). */
    public static ClientCommand decode(IncomingCloudEvent e) throws InvalidMessageException {
        if (BalanceReported.TOPIC.equals(e.topic())) {
            return balance(e);
        }
        if (TRADES_TOPIC.equals(e.topic())) {
            return trade(e);
        }
        throw new InvalidMessageException("unexpected topic " + e.topic());
    }

    public static ClientCommand trade(IncomingCloudEvent e) throws InvalidMessageException {
        return e.decode(TRADE_TYPE, RecordTrade::clientId, r -> {
            String tradeId = r.text("tradeId");
            return new RecordTrade(r.text("clientId"), tradeId, r.text("accountId"), r.instant("executedAt"),
                    r.code("side", Side.class), r.text("symbol"), r.positive("quantity"), r.positive("price"),
                    r.positive("amount"), e.id());
        });
    }

    public static ClientCommand balance(IncomingCloudEvent e) throws InvalidMessageException {
        BalanceReported b = BalanceReported.decode(e);
        return new RecordBalance(b.clientId(), b.accountId(), b.asOf(), b.totalAssets(), b.cash(), b.marketValue(),
                b.messageId());
    }
}
