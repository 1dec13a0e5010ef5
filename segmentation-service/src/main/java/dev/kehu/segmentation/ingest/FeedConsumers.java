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

    private final KafkaBatches batches;
    private final ClientBatchHandler handler;

    public FeedConsumers(KafkaBatches batches, ClientBatchHandler handler) {
        this.batches = batches;
        this.handler = handler;
    }

    @Incoming(TRADES)
    @Blocking
    public void trades(ConsumerRecords<String, String> records) {
        batches.process("segmentation-trades", records, FeedDecoders::trade, handler);
    }

    @Incoming(BALANCES)
    @Blocking
    public void balances(ConsumerRecords<String, String> records) {
        batches.process("segmentation-balances", records, FeedDecoders::balance, handler);
    }
}
