package dev.kehu.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import dev.kehu.eventstore.EventStore;
import dev.kehu.eventstore.IncomingBatch;
import dev.kehu.eventstore.StoredEvent;
import dev.kehu.eventstore.runtime.Db;
import dev.kehu.eventstore.runtime.KafkaBatches;
import dev.kehu.retention.domain.client.ClientEvent.ChurnAlertRaised;
import dev.kehu.retention.domain.client.ClientDecider;
import dev.kehu.retention.domain.task.TaskDecider;
import dev.kehu.retention.churn.ClientBatchHandler;
import dev.kehu.retention.churn.FeedDecoders;
import dev.kehu.retention.client.AlertMessages;
import dev.kehu.retention.task.TaskMessages;
import dev.kehu.testsupport.KafkaAndPostgresResource;
import dev.kehu.testsupport.KafkaTestClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/**
 * One polled batch with several messages for one client: each event, on the client stream and on the
 * task stream, carries the ids of the message that caused it (causation = its CloudEvents id,
 * correlation = its correlationid or, when it has none, its id), and what is published follows that
 * message's chain. The records come from the real broker, off a topic the service does not consume,
 * so that they are one batch by construction rather than by the timing of the service's own poll.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaAndPostgresResource.class,
        initArgs = @ResourceArg(name = "database", value = "retention"))
class BatchCorrelationTest extends FedByKafka {

    static final Duration WAIT = Duration.ofSeconds(40);

    @Inject
    KafkaBatches batches;

    @Inject
    ClientBatchHandler handler;

    @Inject
    Db db;

    @Inject
    EventStore store;

    @Test
    void eachEventOfABatchCarriesTheIdsOfItsOwnMessage() {
        String client = Feeds.newClient("correlated");
        String topic = "test.correlation-" + UUID.randomUUID();
        List<String> ids = List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString(),
                UUID.randomUUID().toString());
        List<String> correlations = Arrays.asList("corr-first-" + client, "corr-second-" + client, null);
        // a HIGH signal (alert, task opened), then two more signals that attach to that task
        List<String> kinds = List.of("TRANSFER_OUT_REQUESTED", "COMPLAINT_FILED", "COMPLAINT_FILED");
        Instant at = Instant.now().minusSeconds(600);
        for (int i = 0; i < ids.size(); i++) {
            Map<String, String> headers = new HashMap<>(Map.of("ce_specversion", "1.0", "ce_id", ids.get(i),
                    "ce_source", "/test-feed", "ce_type", "backoffice.account.event.v1", "ce_subject", client,
                    "content-type", "application/json"));
            if (correlations.get(i) != null) {
                headers.put("ce_correlationid", correlations.get(i));
            }
            kafka.send(topic, client, headers, Feeds.accountEventJson(client, kinds.get(i), at.plusSeconds(i), null));
        }
        List<ConsumerRecord<String, String>> records = kafka.readUntil(topic, WAIT, r -> r.size() == 3);
        assertEquals(ids, records.stream().map(r -> KafkaTestClient.header(r, "ce_id")).toList());

        IncomingBatch.Outcome outcome = batches.process("retention-correlation-test", records,
                FeedDecoders::accountEvent, handler);
        assertEquals(3, outcome.accepted());

        List<StoredEvent> clientEvents = stream(ClientDecider.streamId(client));
        assertOwnIds(ids, correlations, clientEvents);
        String taskStream = clientEvents.stream().filter(e -> e.event() instanceof ChurnAlertRaised).findFirst()
                .map(e -> TaskDecider.streamId(e.as(ChurnAlertRaised.class).taskId()))
                .orElseThrow(() -> new AssertionError("no alert: " + clientEvents));
        List<StoredEvent> taskEvents = stream(taskStream);
        assertOwnIds(ids, correlations, taskEvents);

        ConsumerRecord<String, String> alert = kafka.awaitForKey(AlertMessages.ALERTS_TOPIC, client, 1, WAIT).get(0);
        assertEquals(correlations.get(0), KafkaTestClient.header(alert, "ce_correlationid"));
        ConsumerRecord<String, String> opened = kafka.awaitWithHeader(TaskMessages.TASKS_TOPIC, "ce_subject", client,
                1, WAIT).get(0);
        assertEquals("retention.task.opened.v1", KafkaTestClient.header(opened, "ce_type"));
        assertEquals(correlations.get(0), KafkaTestClient.header(opened, "ce_correlationid"));
    }

    private List<StoredEvent> stream(String streamId) {
        return db.inNewTransaction(c -> store.readStream(c, streamId));
    }

    /** Every message caused events of the stream, in feed order, and each event names its own message. */
    private static void assertOwnIds(List<String> ids, List<String> correlations, List<StoredEvent> events) {
        List<String> causations = events.stream().map(e -> e.metadata().causationId()).toList();
        assertEquals(ids, causations.stream().distinct().toList(), causations.toString());
        for (StoredEvent e : events) {
            int message = ids.indexOf(e.metadata().causationId());
            String expected = correlations.get(message) != null ? correlations.get(message) : ids.get(message);
            assertEquals(expected, e.metadata().correlationId(), e.type() + " v" + e.version());
        }
        assertEquals(ids.size(), events.stream().map(e -> e.metadata().correlationId()).distinct().count());
    }
}
