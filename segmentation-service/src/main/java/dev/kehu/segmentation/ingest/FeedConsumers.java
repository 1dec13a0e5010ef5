package dev.kehu.segmentation.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import dev.kehu.eventstore.runtime.KafkaBatches;
import dev.kehu.eventstore.runtime.MergedPolls;
import dev.kehu.segmentation.client.ClientBatchHandler;
import dev.kehu.segmentation.config.SegmentationConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordBatchMetadata;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * The back-office feeds, trades and balances, through ONE consumer: each transaction holds both
 * kinds in partition order and is validated, deduplicated and applied at once. (Two consumers in
 * one group used to hold the same clients at once and wait on each other's locks.) A transaction
 * takes every poll that arrived while the last one ran ({@link MergedPolls}), so under a steady feed
 * a message waits for at most the batch in progress, not for a queue of small polls behind it.
 * Each transaction stores the offsets it consumed with its effects; a redelivered record below them
 * is skipped, and a restarted consumer starts from them ({@link StoredOffsetsListener}).
 */
@ApplicationScoped
public class FeedConsumers {

    static final String FEED = "feed";
    /**
     * The consumer's name for its stored offsets (es_consumed_offset): it deduplicates by offset, not by an
     * inbox row per message, as the feeds' own keys make a re-sent copy change nothing (a trade id is
     * recorded once; a balance the state already holds is no event).
     */
    public static final String CONSUMER = "segmentation-feed";

    @Inject
    KafkaBatches batches;

    @Inject
    ClientBatchHandler handler;

    @Inject
    SegmentationConfig config;

    private MergedPolls merged;

    @PostConstruct
    void start() {
        merged = new MergedPolls("segmentation-feed", config.batchRecords(),
                records -> batches.processAtOffsets(CONSUMER, records, FeedDecoders::decode, handler));
    }

    void stop(@Observes ShutdownEvent event) {
        if (merged != null) {
            merged.close();
        }
    }

    /** Runs on the connector's thread, in poll order: hands the poll over and returns at once. */
    @Incoming(FEED)
    public CompletionStage<Void> feed(KafkaRecordBatch<String, String> polled) {
        return merged.offer(new MergedPolls.Poll(records(polled), polled::ack, polled::nack));
    }

    @SuppressWarnings("unchecked")
    private static List<ConsumerRecord<String, String>> records(KafkaRecordBatch<String, String> polled) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        polled.getMetadata(IncomingKafkaRecordBatchMetadata.class)
                .ifPresent(m -> ((IncomingKafkaRecordBatchMetadata<String, String>) m).getRecords().forEach(records::add));
        return records;
    }
}
