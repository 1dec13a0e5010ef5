package dev.kehu.profiling;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
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
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;

/**
 * With OpenTelemetry on, a REST command's server span goes with what it publishes: the record's
 * {@code traceparent} names the request's trace and its server span as the parent.
 */
@QuarkusTest
@TestProfile(TracesOn.class)
@QuarkusTestResource(value = KafkaAndPostgresResource.class,
        initArgs = @ResourceArg(name = "database", value = "profiling"))
class TracesTest extends ReadsKafka {

    static final String TOPIC = "profiling.questionnaire-completed";
    static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    RecordedSpans spans;

    @Test
    void aSubmissionPublishesItsQuestionnaireInTheTraceOfTheRequest() {
        String client = Api.newClientId();
        Api.submit(client, Api.typicalAnswers()).then().statusCode(201);

        String traceparent = traceparentOf(client);
        SpanData server = serverSpanOf(traceparent);
        assertTrue(server.getName().contains("risk-assessments"), server.getName());
        assertEquals(server.getSpanId(), RecordedSpans.spanId(traceparent), "the server span is the parent");
    }

    @Test
    void aRequestThatComesWithATraceContextContinuesIt() {
        String client = Api.newClientId();
        String caller = "00-5e0c63257de34c92bf9efcd03927272e-1f0c3a5b7d9e2c41-01";
        RestAssured.given().header("traceparent", caller).contentType(ContentType.JSON)
                .body(Map.of("answers", Api.typicalAnswers()))
                .post("/api/v1/clients/{id}/risk-assessments", client).then().statusCode(201);

        String traceparent = traceparentOf(client);
        assertEquals(RecordedSpans.traceId(caller), RecordedSpans.traceId(traceparent));
        SpanData server = serverSpanOf(traceparent);
        assertEquals(RecordedSpans.spanId(caller), server.getParentSpanId(), "the caller's span is the parent");
        assertNotEquals(RecordedSpans.spanId(caller), RecordedSpans.spanId(traceparent));
    }

    private String traceparentOf(String client) {
        List<ConsumerRecord<String, String>> records = kafka().awaitForKey(TOPIC, client, 1, WAIT);
        String traceparent = KafkaTestClient.header(records.get(0), "traceparent");
        assertTrue(traceparent != null && traceparent.matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01"), traceparent);
        return traceparent;
    }

    /** The request's server span, exported under the trace id the record carries. */
    private SpanData serverSpanOf(String traceparent) {
        String traceId = RecordedSpans.traceId(traceparent);
        await().atMost(WAIT).until(() -> spans.ofTrace(traceId).stream().anyMatch(s -> s.getKind() == SpanKind.SERVER));
        return spans.ofTrace(traceId).stream().filter(s -> s.getKind() == SpanKind.SERVER).findFirst().orElseThrow();
    }
}
