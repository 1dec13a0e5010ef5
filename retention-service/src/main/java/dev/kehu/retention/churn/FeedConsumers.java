package dev.kehu.retention.churn;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import dev.kehu.eventstore.runtime.KafkaBatches;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The four consumed feeds: each polled batch is validated, deduplicated and applied in one transaction. */
@ApplicationScoped
public class FeedConsumers {

    static final String SEGMENTS = "segments";
    static final String BALANCES = "balances";
    static final String ACCOUNT_EVENTS = "account-events";
    static final String SURVEYS = "surveys";
    /** Inbox names: each consumer remembers the CloudEvents ids it has processed. */
    static final String SEGMENTS_CONSUMER = "retention-segments";
    static final String BALANCES_CONSUMER = "retention-balances";
    static final String ACCOUNT_EVENTS_CONSUMER = "retention-account-events";
    static final String SURVEYS_CONSUMER = "retention-surveys";

    @Inject
    KafkaBatches batches;

    @Inject
    ClientBatchHandler handler;

    @Incoming(SEGMENTS)
    @Blocking
    public void segments(ConsumerRecords<String, String> records) {
        batches.process(SEGMENTS_CONSUMER, records, FeedDecoders::segment, handler);
    }

    @Incoming(BALANCES)
    @Blocking
    public void balances(ConsumerRecords<String, String> records) {
        batches.process(BALANCES_CONSUMER, records, FeedDecoders::balance, handler);
    }

    @Incoming(ACCOUNT_EVENTS)
    @Blocking
    public void accountEvents(ConsumerRecords<String, String> records) {
        batches.process(ACCOUNT_EVENTS_CONSUMER, records, FeedDecoders::accountEvent, handler);
    }

    @Incoming(SURVEYS)
    @Blocking
    public void surveys(ConsumerRecords<String, String> records) {
        batches.process(SURVEYS_CONSUMER, records, FeedDecoders::survey, handler);
    }
}
