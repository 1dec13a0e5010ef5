package dev.kehu.segmentation;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import dev.kehu.testsupport.KafkaAndPostgresResource;
import dev.kehu.testsupport.KafkaTestClient;
import dev.kehu.testsupport.traces.RecordedSpans;
import dev.kehu.testsupport.traces.TracesOn;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;

/**
 * With OpenTelemetry on, a feed record's trace goes on through segmentation: the batch that
 * applies it is a span of that trace, and the segment change it publishes names that span as parent.
 */
@QuarkusTest
@TestProfile(TracesOn.class)
@QuarkusTestResource(value = KafkaAndPostgresResource.class,
        initArgs = @ResourceArg(name = "database", value = "segmentation"))
class TracesTest {

    static final Duration WAIT = Duration.ofSeconds(40);

    static KafkaTestClient kafka;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    RecordedSpans spans;

    @AfterAll
    static void closeKafka() {
        if (kafka != null) {
            kafka.close();
        }
    }

    @Test
    void aTracedBalanceIsAppliedAndItsSegmentChangePublishedInItsTrace() {
        kafka = new KafkaTestClient(bootstrap);
        String client = "c-" + UUID.randomUUID();
        String upstream = "00-7d2b8c4e6f1a4b3c9e8d7f6a5b4c3d2e-0a1b2c3d4e5f6a7b-01";
        kafka.sendTracedCloudEvent(SegmentationFlowTest.BALANCES, SegmentationFlowTest.BALANCE_TYPE, client,
                "{\"clientId\":\"" + client + "\",\"accountId\":\"A1\",\"asOf\":\"2026-03-31\","
                        + "\"totalAssets\":3000000,\"cash\":0,\"marketValue\":3000000}", upstream);

        List<ConsumerRecord<String, String>> changes = kafka.awaitForKey(SegmentationFlowTest.CHANGES, client, 1, WAIT);
        String published = KafkaTestClient.header(changes.get(0), "traceparent");
        assertEquals(RecordedSpans.traceId(upstream), RecordedSpans.traceId(published), "the upstream trace goes on");

        String traceId = RecordedSpans.traceId(upstream);
        await().atMost(WAIT).until(() -> spans.ofTrace(traceId).stream().anyMatch(s -> s.getKind() == SpanKind.CONSUMER));
        SpanData batch = spans.ofTrace(traceId).stream().filter(s -> s.getKind() == SpanKind.CONSUMER)
                .findFirst().orElseThrow();
        assertEquals("segmentation-feed process", batch.getName());
        assertEquals(RecordedSpans.spanId(upstream), batch.getParentSpanId(), "the record's span is the parent");
        assertEquals(batch.getSpanId(), RecordedSpans.spanId(published), "the batch's span is the change's parent");
        assertTrue(batch.getEndEpochNanos() > batch.getStartEpochNanos());
    }
}
