package dev.kehu.eventstore.contract;

import java.math.BigDecimal;
import java.time.LocalDate;

import dev.kehu.eventstore.IncomingCloudEvent;
import dev.kehu.eventstore.InvalidMessageException;

/**
 * A back-office end-of-day balance (docs/contract.md#topics-and-events, {@code backoffice.balances}), decoded and validated
 * once for every service that consumes the feed, so they cannot disagree on what a valid report is.
 */
public record BalanceReported(String clientId, String accountId, LocalDate asOf, BigDecimal totalAssets,
                              BigDecimal cash, BigDecimal marketValue, String messageId) {

    public static final String TOPIC = "backoffice.balances";
    public static final String TYPE = "backoffice.balance.reported.v1";

    /** Reads the event's data, naming every problem at once; the record key must be the client. */
    public static BalanceReported decode(IncomingCloudEvent e) throws InvalidMessageException {
        return e.decode(TYPE, BalanceReported::clientId, r -> new BalanceReported(r.text("clientId"),
                r.text("accountId"), r.date("asOf"), r.nonNegative("totalAssets"), r.nonNegative("cash"),
                r.nonNegative("marketValue"), e.id()));
    }
}
