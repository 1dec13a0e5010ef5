package dev.kehu.retention.reminder;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import dev.kehu.eventstore.runtime.KafkaBatches;
import dev.kehu.retention.churn.ClientBatchHandler;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The profiling feeds the reminders follow (docs/domain.md#reminders): the client's needs and its scored
 * assessments. Like the other feeds, each polled batch is validated, deduplicated by CloudEvents id and
 * applied to the client streams in one transaction.
 */
@ApplicationScoped
public class ReminderConsumers {

    static final String CLIENT_NEEDS = "client-needs";
    static final String QUESTIONNAIRES = "questionnaires";
    /** Inbox names: each consumer remembers the CloudEvents ids it has processed. */
    static final String CLIENT_NEEDS_CONSUMER = "retention-client-needs";
    static final String QUESTIONNAIRES_CONSUMER = "retention-questionnaires";

    @Inject
    KafkaBatches batches;

    @Inject
    ClientBatchHandler handler;

    @Incoming(CLIENT_NEEDS)
    @Blocking
    public void clientNeeds(ConsumerRecords<String, String> records) {
        batches.process(CLIENT_NEEDS_CONSUMER, records, ReminderFeedDecoders::needs, handler);
    }

    @Incoming(QUESTIONNAIRES)
    @Blocking
    public void questionnaires(ConsumerRecords<String, String> records) {
        batches.process(QUESTIONNAIRES_CONSUMER, records, ReminderFeedDecoders::assessment, handler);
    }
}
