package dev.kehu.retention;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;

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
 * With OpenTelemetry on, a traced account event's alert and task go on in its trace: both are
 * written in the account-events consumer's batch span, a child of the event's context.
 */
@QuarkusTest
@TestProfile(TracesOn.class)
@QuarkusTestResource(value = KafkaAndPostgresResource.class,
        initArgs = @ResourceArg(name = "database", value = "retention"))
class TracesTest extends FedByKafka {

    static final Duration WAIT = Duration.ofSeconds(40);

    @Inject
    RecordedSpans spans;

    @Test
    void aTracedTransferOutRaisesItsAlertAndOpensItsTaskInItsTrace() {
        String client = Feeds.newClient("traced");
        String upstream = "00-3c4d5e6f708192a3b4c5d6e7f8091a2b-5a6b7c8d9e0f1a2b-01";
        kafka.sendTracedCloudEvent(Feeds.ACCOUNT_EVENTS, "backoffice.account.event.v1", client,
                Feeds.accountEventJson(client, "TRANSFER_OUT_REQUESTED", Instant.now().minusSeconds(60), null), upstream);

        String alert = KafkaTestClient.header(kafka.awaitForKey(RetentionFlowTest.ALERTS, client, 1, WAIT).get(0),
                "traceparent");
        String opened = KafkaTestClient.header(kafka.awaitForKey(RetentionFlowTest.TASK_EVENTS, client, 1, WAIT).get(0),
                "traceparent");
        String traceId = RecordedSpans.traceId(upstream);
        assertEquals(traceId, RecordedSpans.traceId(alert));
        assertEquals(traceId, RecordedSpans.traceId(opened));

        await().atMost(WAIT).until(() -> spans.ofTrace(traceId).stream().anyMatch(s -> s.getKind() == SpanKind.CONSUMER));
        SpanData batch = spans.ofTrace(traceId).stream().filter(s -> s.getKind() == SpanKind.CONSUMER)
                .findFirst().orElseThrow();
        assertEquals("retention-account-events process", batch.getName());
        assertEquals(RecordedSpans.spanId(upstream), batch.getParentSpanId());
        assertEquals(batch.getSpanId(), RecordedSpans.spanId(alert));
        assertEquals(batch.getSpanId(), RecordedSpans.spanId(opened));
    }
}
