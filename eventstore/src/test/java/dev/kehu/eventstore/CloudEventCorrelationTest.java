package dev.kehu.eventstore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The {@code correlationid} extension of a consumed message and the metadata its effects are stored
 * with: the message's chain when it carries a usable one, else a chain starting at its id.
 */
class CloudEventCorrelationTest {

    static final CloudEventParser PARSER = new CloudEventParser(new ObjectMapper());

    static ConsumerRecord<String, String> binary(String id, String correlation) {
        RecordHeaders headers = new RecordHeaders();
        Map.of("ce_specversion", "1.0", "ce_id", id, "ce_source", "/test", "ce_type", "test.v1", "ce_subject", "c1")
                .forEach((k, v) -> headers.add(k, v.getBytes(StandardCharsets.UTF_8)));
        if (correlation != null) {
            headers.add("ce_correlationid", correlation.getBytes(StandardCharsets.UTF_8));
        }
        return new ConsumerRecord<>("t", 0, 0, 0L, TimestampType.CREATE_TIME, 0, 0,
                "c1", "{\"a\":1}", headers, Optional.empty());
    }

    @Test
    void aBinaryMessagesCorrelationIsItsEffectsCorrelationAndItsIdTheirCausation() throws Exception {
        IncomingCloudEvent e = PARSER.parse(binary("m-1", "req-42"));
        assertEquals("req-42", e.correlationId());
        assertEquals(new EventMetadata("req-42", "m-1", "svc", "system"), EventMetadata.causedBy("svc", e));
    }

    @Test
    void aStructuredMessagesCorrelationIsReadFromTheEnvelope() throws Exception {
        String envelope = "{\"specversion\":\"1.0\",\"id\":\"m-2\",\"source\":\"/test\",\"type\":\"test.v1\","
                + "\"correlationid\":\"req-43\",\"data\":{\"a\":1}}";
        RecordHeaders headers = new RecordHeaders();
        headers.add("content-type", "application/cloudevents+json".getBytes(StandardCharsets.UTF_8));
        IncomingCloudEvent e = PARSER.parse(new ConsumerRecord<>("t", 0, 0, 0L,
                TimestampType.CREATE_TIME, 0, 0, "c1", envelope, headers,
                Optional.empty()));
        assertEquals("req-43", e.correlationId());
    }

    @Test
    void withoutAUsableCorrelationTheChainStartsAtTheMessagesId() throws Exception {
        for (String unusable : new String[] {null, "", "has space", "x".repeat(257), "tab\there"}) {
            IncomingCloudEvent e = PARSER.parse(binary("m-3", unusable));
            assertNull(e.correlationId(), String.valueOf(unusable));
            assertEquals(new EventMetadata("m-3", "m-3", "svc", "system"), EventMetadata.causedBy("svc", e));
        }
        assertEquals("x".repeat(256), PARSER.parse(binary("m-4", "x".repeat(256))).correlationId());
    }
}
