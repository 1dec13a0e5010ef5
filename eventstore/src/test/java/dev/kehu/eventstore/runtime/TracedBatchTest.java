package dev.kehu.eventstore.runtime;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import dev.kehu.eventstore.CloudEvents;
import dev.kehu.eventstore.Outbox;
import dev.kehu.testsupport.KafkaTestClient;
import dev.kehu.testsupport.traces.RecordedSpans;
import dev.kehu.testsupport.traces.TracesOn;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.trace.data.LinkData;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;

/**
 * With OpenTelemetry on, a consumed batch is processed in one span: a child of its first record's
 * trace context, linked to the other records' (each distinct context once), and what it writes to
 * the outbox carries that span's context; a failed attempt is a span marked as an error.
 */
@QuarkusTest
@TestProfile(TracesOn.class)
@QuarkusTestResource(value = RestartableKafkaResource.class, restrictToAnnotatedClass = true)
class TracedBatchTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    KafkaBatches batches;

    @Inject
    Outbox outbox;

    @Inject
    RecordedSpans spans;

    @Test
    void aBatchIsOneSpanInItsFirstRecordsTraceLinkedToTheOthers() {
        String first = "00-11111111111111111111111111111111-1111111111111111-01";
        String second = "00-22222222222222222222222222222222-2222222222222222-01";
        String in = "test.traced.in";
        String out = "test.traced.out";
        RestartableKafkaResource.broker.createTopics(List.of(in, out), 1);
        try (KafkaTestClient kafka = new KafkaTestClient(RestartableKafkaResource.bootstrapServers())) {
            kafka.sendCloudEvent(in, "test.trace.v1", "C-0", "{}"); // no context: neither parent nor link
            kafka.sendTracedCloudEvent(in, "test.trace.v1", "C-1", "{}", first);
            kafka.sendTracedCloudEvent(in, "test.trace.v1", "C-2", "{}", second);
            kafka.sendTracedCloudEvent(in, "test.trace.v1", "C-3", "{}", second);
            List<ConsumerRecord<String, String>> records = kafka.readUntil(in, WAIT, all -> all.size() == 4);

            AtomicInteger attempts = new AtomicInteger();
            batches.process("traced-consumer", records, e -> e.id(), (c, accepted) -> {
                if (attempts.incrementAndGet() == 1) {
                    throw new IllegalStateException("first attempt fails");
                }
                outbox.enqueue(c, CloudEvents.binary(out, "/eventstore-test", "test.trace.v1", "C-OUT",
                        UUID.randomUUID(), Instant.now(), "{}", null));
            });

            String published = KafkaTestClient.header(kafka.awaitForKey(out, "C-OUT", 1, WAIT).get(0), Outbox.TRACEPARENT);
            String traceId = RecordedSpans.traceId(first);
            assertEquals(traceId, RecordedSpans.traceId(published));

            await().atMost(WAIT).until(() -> batchSpans(traceId).size() == 2);
            List<SpanData> attemptsTraced = batchSpans(traceId);
            SpanData failed = attemptsTraced.get(0);
            SpanData committed = attemptsTraced.get(1);
            assertEquals(StatusCode.ERROR, failed.getStatus().getStatusCode());
            assertEquals(StatusCode.UNSET, committed.getStatus().getStatusCode());
            assertEquals("traced-consumer process", committed.getName());
            assertEquals(RecordedSpans.spanId(first), committed.getParentSpanId());
            assertEquals(committed.getSpanId(), RecordedSpans.spanId(published), "the batch's span is the parent");
            assertEquals(List.of(RecordedSpans.traceId(second) + "/" + RecordedSpans.spanId(second)),
                    committed.getLinks().stream().map(TracedBatchTest::link).toList());
            assertEquals("kafka", committed.getAttributes().get(AttributeKey.stringKey("messaging.system")));
            assertEquals(4L, committed.getAttributes().get(AttributeKey.longKey("messaging.batch.message_count")));
        }
    }

    private List<SpanData> batchSpans(String traceId) {
        return spans.ofTrace(traceId).stream().filter(s -> s.getKind() == SpanKind.CONSUMER).toList();
    }

    private static String link(LinkData link) {
        return link.getSpanContext().getTraceId() + "/" + link.getSpanContext().getSpanId();
    }
}
