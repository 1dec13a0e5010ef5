package dev.kehu.segmentation.domain.client;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** What the back-office feeds ask the client's metrics to take in; one per validated message. */
public sealed interface ClientCommand permits ClientCommand.RecordBalance, ClientCommand.RecordTrade {

    String clientId();

    /** The CloudEvents id of the feed message, kept on the event for tracing. */
    String messageId();

    record RecordBalance(String clientId, String accountId, LocalDate asOf, BigDecimal totalAssets, BigDecimal cash,
                         BigDecimal marketValue, String messageId) implements ClientCommand {
    }

    record RecordTrade(String clientId, String tradeId, String accountId, Instant executedAt, Side side,
                       String symbol, BigDecimal quantity, BigDecimal price, BigDecimal amount, String messageId)
            implements ClientCommand {
    }
}
