package dev.kehu.segmentation.ingest;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import dev.kehu.eventstore.runtime.KafkaBatches;
import dev.kehu.segmentation.client.ClientBatchHandler;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The back-office feeds, trades and balances, through ONE consumer: each polled batch holds both
 * kinds in partition order and is validated, deduplicated and applied in one transaction. (Two
 * consumers in one group used to hold the same clients at once and wait on each other's locks.)
 */
@ApplicationScoped
public class FeedConsumers {

    static final String FEED = "feed";
    /** Inbox name: the CloudEvents ids this consumer has processed, whichever topic they came from. */
    static final String CONSUMER = "segmentation-feed";

    @Inject
    KafkaBatches batches;

    @Inject
    ClientBatchHandler handler;

    @Incoming(FEED)
    @Blocking
    public void feed(ConsumerRecords<String, String> records) {
        batches.process(CONSUMER, records, FeedDecoders::decode, handler);
    }
}
