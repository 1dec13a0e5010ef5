package dev.kehu.segmentation.ingest;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import dev.kehu.eventstore.runtime.KafkaBatches;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;

/** The back-office feeds: each polled batch is validated, deduplicated and applied in one transaction. */
@ApplicationScoped
public class FeedConsumers {

    static final String TRADES = "trades";
    static final String BALANCES = "balances";
    /** Inbox names: each consumer remembers the CloudEvents ids it has processed. */
    static final String TRADES_CONSUMER = "segmentation-trades";
    static final String BALANCES_CONSUMER = "segmentation-balances";

    private final KafkaBatches batches;
    private final ClientBatchHandler handler;

    public FeedConsumers(KafkaBatches batches, ClientBatchHandler handler) {
        this.batches = batches;
        this.handler = handler;
    }

    @Incoming(TRADES)
    @Blocking
    public void trades(ConsumerRecords<String, String> records) {
        batches.process(TRADES_CONSUMER, records, FeedDecoders::trade, handler);
    }

    @Incoming(BALANCES)
    @Blocking
    public void balances(ConsumerRecords<String, String> records) {
        batches.process(BALANCES_CONSUMER, records, FeedDecoders::balance, handler);
    }
}
