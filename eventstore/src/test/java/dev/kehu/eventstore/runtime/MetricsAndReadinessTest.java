package dev.kehu.eventstore.runtime;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.junit.jupiter.api.Test;

import dev.kehu.eventstore.CloudEvents;
import dev.kehu.eventstore.Inbox;
import dev.kehu.eventstore.IncomingBatch;
import dev.kehu.eventstore.Outbox;
import dev.kehu.eventstore.OutboxMessage;
import dev.kehu.eventstore.contract.QuestionnaireCompleted;
import dev.kehu.eventstore.contract.SegmentChanged;
import dev.kehu.testsupport.KafkaTestClient;
import dev.kehu.testsupport.PrometheusText;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/**
 * The library's metrics as Prometheus scrapes them from {@code /q/metrics}, and the readiness check
 * while the broker is away, against a real broker (stopped and started again) and PostgreSQL.
 */
@QuarkusTest
@QuarkusTestResource(value = RestartableKafkaResource.class, restrictToAnnotatedClass = true)
class MetricsAndReadinessTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    KafkaBatches batches;

    @Inject
    Db db;

    @Inject
    Outbox outbox;

    @Inject
    @Readiness
    OutboxHealthCheck health;

    @Inject
    OutboxRelayRunner relay;

    @Inject
    Inbox inbox;

    @Inject
    InboxPruner pruner;

    @TestHTTPResource("/q/metrics")
    URL metrics;

    @TestHTTPResource("/q/health/ready")
    URL ready;

    private PrometheusText scrape() throws Exception {
        return PrometheusText.scrape(metrics.toURI());
    }

    private void enqueue(List<OutboxMessage> messages) {
        db.inNewTransaction(c -> {
            outbox.enqueue(c, messages);
            return null;
        });
    }

    private static OutboxMessage event(String topic, String type, String client, String data) {
        return CloudEvents.binary(topic, "/eventstore-test", type, client, UUID.randomUUID(), Instant.now(), data, null);
    }

    @Test
    void aCommittedBatchCountsEveryRecordOnceAsConsumedAndItsDuplicatesAndDeadLetters() throws Exception {
        String topic = "test.metrics.in";
        RestartableKafkaResource.broker.createTopics(List.of(topic, topic + ".dlq"), 1);
        List<ConsumerRecord<String, String>> records;
        try (KafkaTestClient kafka = new KafkaTestClient(RestartableKafkaResource.bootstrapServers())) {
            String id = UUID.randomUUID().toString();
            kafka.sendCloudEvent(topic, id, "test.metrics.v1", "C-M1", "{\"clientId\":\"C-M1\"}");
            kafka.sendCloudEvent(topic, id, "test.metrics.v1", "C-M1", "{\"clientId\":\"C-M1\"}"); // duplicate
            kafka.sendCloudEvent(topic, "test.metrics.v1", "C-M2", "{\"clientId\":\"C-M2\"}");
            kafka.send(topic, "C-M3", Map.of("content-type", "application/json"), "not json"); // poison
            records = kafka.readUntil(topic, WAIT, all -> all.size() >= 4);
        }
        assertEquals(4, records.size());
        PrometheusText before = scrape();

        List<String> handled = new ArrayList<>();
        IncomingBatch.Outcome first = batches.process("metrics-consumer", records, e -> e.id(),
                (c, accepted) -> accepted.forEach(a -> handled.add(a.message())));

        assertEquals(new IncomingBatch.TopicCounts(4, 2, 1, 1), first.byTopic().get(topic));
        PrometheusText after = scrape();
        assertEquals(4, delta(before, after, "kehu_events_consumed_total", "topic", topic));
        assertEquals(1, delta(before, after, "kehu_events_deduplicated_total", "topic", topic));
        assertEquals(1, delta(before, after, "kehu_dead_letters_total", "topic", topic));
        assertEquals(2, handled.size());

        // redelivered: every record an inbox hit, nothing dead-lettered twice
        batches.process("metrics-consumer", records, e -> e.id(), (c, accepted) -> handled.add("again"));
        PrometheusText again = scrape();
        assertEquals(4, delta(after, again, "kehu_events_consumed_total", "topic", topic));
        assertEquals(4, delta(after, again, "kehu_events_deduplicated_total", "topic", topic));
        assertEquals(0, delta(after, again, "kehu_dead_letters_total", "topic", topic));
        assertEquals(2, handled.size());
    }

    @Test
    void theRelayCountsWhatTheBrokerAcknowledgedAndTheDomainCountersOfContractEvents() throws Exception {
        String topic = "test.metrics.out";
        String alerts = "retention.churn-alerts";
        RestartableKafkaResource.broker.createTopics(List.of(topic, SegmentChanged.TOPIC, alerts,
                QuestionnaireCompleted.TOPIC), 1);
        PrometheusText before = scrape();
        List<OutboxMessage> messages = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            messages.add(event(topic, "test.metrics.v1", "C-P" + i, "{\"clientId\":\"C-P" + i + "\"}"));
        }
        messages.add(event(SegmentChanged.TOPIC, SegmentChanged.TYPE, "C-S1", "{\"clientId\":\"C-S1\","
                + "\"previousSegment\":null,\"segment\":\"LARGE_STATIC\",\"size\":\"LARGE\",\"activity\":\"STATIC\"}"));
        messages.add(event(SegmentChanged.TOPIC, SegmentChanged.TYPE, "C-S2", "{\"clientId\":\"C-S2\","
                + "\"previousSegment\":\"SMALL_STABLE\",\"segment\":\"MEDIUM_STABLE\"}"));
        messages.add(event(alerts, "retention.churn-alert.raised.v1", "C-S3",
                "{\"clientId\":\"C-S3\",\"riskScore\":80,\"riskLevel\":\"CRITICAL\",\"signals\":[]}"));
        messages.add(event(QuestionnaireCompleted.TOPIC, QuestionnaireCompleted.TYPE, "C-S4",
                "{\"clientId\":\"C-S4\",\"riskCategory\":\"C3\",\"capacity\":{\"score\":55,\"band\":\"MEDIUM\"},"
                        + "\"attitude\":{\"score\":70,\"band\":\"MEDIUM_HIGH\"}}"));
        enqueue(messages);

        await().atMost(WAIT).until(() -> delta(before, scrape(), "kehu_events_published_total", "topic", topic) == 7);
        PrometheusText after = scrape();
        assertEquals(2, delta(before, after, "kehu_events_published_total", "topic", SegmentChanged.TOPIC));
        assertEquals(1, delta(before, after, "kehu_segment_changes_total", "from", "NONE", "to", "LARGE_STATIC"));
        assertEquals(1, delta(before, after, "kehu_segment_changes_total", "from", "SMALL_STABLE", "to", "MEDIUM_STABLE"));
        assertEquals(1, delta(before, after, "kehu_churn_alerts_total", "level", "CRITICAL"));
        assertEquals(1, delta(before, after, "kehu_assessments_completed_total", "category", "C3",
                "capacity_band", "MEDIUM", "attitude_band", "MEDIUM_HIGH"));
        assertEquals(0, delta(before, after, "kehu_churn_alerts_total", "level", "LOW"));
    }

    @Test
    void readinessTurnsDownWhileTheRelayCannotPublishPastTheGraceAndUpOnceItPublishes() throws Exception {
        String topic = "test.metrics.outage";
        RestartableKafkaResource.broker.createTopics(List.of(topic), 1);
        assertEquals(HealthCheckResponse.Status.UP, health.call().getStatus());
        // the backlog below counts this test's three rows only once what earlier tests enqueued has left
        await().alias("the outbox drained before the outage").atMost(WAIT)
                .until(() -> scrape().value("kehu_outbox_backlog") == 0);
        PrometheusText before = scrape();
        RestartableKafkaResource.stopBroker();
        try {
            enqueue(List.of(event(topic, "test.metrics.v1", "C-O1", "{}"), event(topic, "test.metrics.v1", "C-O2", "{}"),
                    event(topic, "test.metrics.v1", "C-O3", "{}")));
            await().atMost(WAIT).until(() -> health.call().getStatus() == HealthCheckResponse.Status.DOWN);
            assertEquals(503, status(ready));
            // the backlog gauge reads the outbox at most once a second: it may still show the time before
            await().atMost(WAIT).until(() -> scrape().value("kehu_outbox_backlog"), org.hamcrest.Matchers.is(3.0));
            PrometheusText down = scrape();
            assertTrue(down.value("kehu_outbox_oldest_age_seconds") >= 2, "the oldest waited past the grace");
            assertEquals(0, delta(before, down, "kehu_events_published_total", "topic", topic));
        } finally {
            RestartableKafkaResource.startBroker();
        }
        await().atMost(WAIT).until(() -> health.call().getStatus() == HealthCheckResponse.Status.UP);
        assertEquals(200, status(ready));
        await().atMost(WAIT).until(() -> delta(before, scrape(), "kehu_events_published_total", "topic", topic) == 3);
        await().atMost(Duration.ofSeconds(5)).until(() -> scrape().value("kehu_outbox_backlog") == 0);
    }

    @Test
    void theTraceContextOfAConsumedRecordOrARequestTravelsWithWhatItWritesToTheOutbox() throws Exception {
        String in = "test.trace.in";
        String out = "test.trace.out";
        RestartableKafkaResource.broker.createTopics(List.of(in, out), 1);
        String traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        try (KafkaTestClient kafka = new KafkaTestClient(RestartableKafkaResource.bootstrapServers())) {
            kafka.send(in, "C-T1", Map.of("ce_specversion", "1.0", "ce_id", UUID.randomUUID().toString(),
                    "ce_source", "/test-feed", "ce_type", "test.trace.v1", "ce_subject", "C-T1",
                    "traceparent", traceparent, "tracestate", "kehu=t1"), "{\"clientId\":\"C-T1\"}");
            List<ConsumerRecord<String, String>> records = kafka.readUntil(in, WAIT, all -> !all.isEmpty());
            batches.process("trace-consumer", records, e -> e.id(), (c, accepted) -> outbox.enqueue(c,
                    event(out, "test.trace.v1", "C-T1", "{\"clientId\":\"C-T1\"}")));

            List<ConsumerRecord<String, String>> relayed = kafka.readUntil(out, WAIT, all -> !all.isEmpty());
            assertEquals(1, relayed.size());
            assertEquals(traceparent, KafkaTestClient.header(relayed.get(0), "traceparent"));
            assertEquals("kehu=t1", KafkaTestClient.header(relayed.get(0), "tracestate"));
        }
        // a REST request's trace context goes with what the request writes
        String fromRequest = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";
        HttpResponse<Void> written = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(metrics.toString().replace("/q/metrics", "/test/trace/" + out + "/C-T3")))
                .header("traceparent", fromRequest).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.discarding());
        assertEquals(204, written.statusCode());
        try (KafkaTestClient kafka = new KafkaTestClient(RestartableKafkaResource.bootstrapServers())) {
            List<ConsumerRecord<String, String>> third = kafka.awaitForKey(out, "C-T3", 1, WAIT);
            assertEquals(fromRequest, KafkaTestClient.header(third.get(0), "traceparent"));
        }
        // outside a consumed record's processing and a request, nothing is made up
        enqueue(List.of(event(out, "test.trace.v1", "C-T2", "{}")));
        try (KafkaTestClient kafka = new KafkaTestClient(RestartableKafkaResource.bootstrapServers())) {
            List<ConsumerRecord<String, String>> second = kafka.awaitForKey(out, "C-T2", 1, WAIT);
            assertEquals(null, KafkaTestClient.header(second.get(0), "traceparent"));
        }
    }

    @Test
    void everyKnownSeriesIsOnTheMetricsAtZeroBeforeAnyEvent() throws Exception {
        PrometheusText fresh = scrape();
        String in = "test.metrics.declared-in"; // the declared Kafka channel's topic (application.properties)
        for (String counter : List.of("kehu_events_consumed_total", "kehu_events_deduplicated_total",
                "kehu_dead_letters_total")) {
            assertEquals(Optional.of(0.0), series(fresh, counter, "topic", in), counter);
        }
        for (String topic : List.of(in + ".dlq", TestKnownLabels.PUBLISHED)) {
            assertEquals(Optional.of(0.0), series(fresh, "kehu_events_published_total", "topic", topic), topic);
            assertEquals(Optional.of(0.0), series(fresh, "kehu_outbox_parked_total", "topic", topic), topic);
        }
        for (String level : List.of("LOW", "MEDIUM", "HIGH")) { // CRITICAL may have been counted by another test
            assertEquals(Optional.of(0.0), series(fresh, "kehu_churn_alerts_total", "level", level), level);
        }
        assertTrue(series(fresh, "kehu_churn_alerts_total", "level", "CRITICAL").isPresent());
        assertEquals(Optional.empty(), series(fresh, "kehu_retention_tasks_opened_total"), "nothing declared, nothing shown");
    }

    @Test
    void aMessageTheBrokerCanNeverTakeIsParkedAndCountedWhileTheRestIsPublishedAndReadinessStaysUp() throws Exception {
        String topic = "test.metrics.parking";
        String invalid = "test.metrics.no such topic!";
        RestartableKafkaResource.broker.createTopics(List.of(topic), 1);
        PrometheusText before = scrape();
        enqueue(List.of(event(topic, "test.metrics.v1", "C-K1", "{\"seq\":1}"),
                event(invalid, "test.metrics.v1", "C-K1", "{\"seq\":2}"),
                event(topic, "test.metrics.v1", "C-K1", "{\"seq\":3}")));

        await().atMost(WAIT).until(() -> delta(before, scrape(), "kehu_events_published_total", "topic", topic) == 2);
        PrometheusText after = scrape();
        assertEquals(1, delta(before, after, "kehu_outbox_parked_total", "topic", invalid));
        assertEquals(0, delta(before, after, "kehu_outbox_parked_total", "topic", topic));
        try (KafkaTestClient kafka = new KafkaTestClient(RestartableKafkaResource.bootstrapServers())) {
            assertEquals(List.of("{\"seq\":1}", "{\"seq\":3}"), kafka.awaitForKey(topic, "C-K1", 2, WAIT).stream()
                    .map(ConsumerRecord::value).toList());
        }
        Map<String, String> parked = db.call(c -> {
            try (PreparedStatement ps = c.prepareStatement("select topic, reason, convert_from(payload, 'UTF8') "
                    + "from es_outbox_parked where topic = ?")) {
                ps.setString(1, invalid);
                try (ResultSet rs = ps.executeQuery()) {
                    Map<String, String> row = new LinkedHashMap<>();
                    while (rs.next()) {
                        row.put("reason", rs.getString(2));
                        row.put("payload", rs.getString(3));
                    }
                    return row;
                }
            }
        });
        assertTrue(parked.get("reason").startsWith("InvalidTopicException"), parked.toString());
        assertEquals("{\"seq\":2}", parked.get("payload"));
        assertEquals(HealthCheckResponse.Status.UP, health.call().getStatus());
        assertEquals(200, status(ready));
        assertNull(relay.lastError(), "the relay never failed: it parked the message and went on");
    }

    @Test
    void theInboxPrunerForgetsIdsOlderThanTheRetentionAndKeepsTheRecentOnes() {
        db.inNewTransaction(c -> {
            inbox.claim(c, "prune-test", List.of("p-old-1", "p-old-2", "p-old-3", "p-new-1"));
            try (PreparedStatement ps = c.prepareStatement("update es_inbox set processed_at = now() - interval '15 days' "
                    + "where consumer = 'prune-test' and message_id like 'p-old-%'")) {
                ps.executeUpdate();
            }
            return null;
        });

        assertEquals(3, pruner.prune(), "older than the default 14 days");
        List<String> left = db.call(c -> {
            try (PreparedStatement ps = c.prepareStatement("select message_id from es_inbox where consumer = 'prune-test'");
                 ResultSet rs = ps.executeQuery()) {
                List<String> ids = new ArrayList<>();
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
                return ids;
            }
        });
        assertEquals(List.of("p-new-1"), left);
    }

    /** The exact series' value, empty when it is not on the metrics at all. */
    private static Optional<Double> series(PrometheusText text, String name, String... labels) {
        return text.samples().stream().filter(s -> s.name().equals(name)).filter(s -> {
            for (int i = 0; i + 1 < labels.length; i += 2) {
                if (!labels[i + 1].equals(s.labels().get(labels[i]))) {
                    return false;
                }
            }
            return true;
        }).map(PrometheusText.Sample::value).findFirst();
    }

    private static double delta(PrometheusText before, PrometheusText after, String name, String... labels) {
        return after.value(name, labels) - before.value(name, labels);
    }

    private static int status(URL url) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url.toString())).GET().build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
