package dev.kehu.testsupport.audit;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.kehu.testsupport.KafkaTestClient;

/**
 * A Kafka record read as a CloudEvent, in either content mode: binary ({@code ce_*} headers, the data as
 * the value) or structured (the whole event as JSON in the value).
 */
record CloudEventRecord(String topic, int partition, long offset, String key, String subject, String id, String type,
        String data) {

    private static final ObjectMapper JSON = new ObjectMapper();

    static CloudEventRecord of(ConsumerRecord<String, String> r) {
        String contentType = KafkaTestClient.header(r, "content-type");
        if (contentType != null && contentType.startsWith("application/cloudevents+json")) {
            try {
                JsonNode event = JSON.readTree(r.value());
                JsonNode data = event.get("data");
                return new CloudEventRecord(r.topic(), r.partition(), r.offset(), r.key(), text(event, "subject"),
                        text(event, "id"), text(event, "type"), data == null ? null : data.toString());
            } catch (Exception notJson) {
                return new CloudEventRecord(r.topic(), r.partition(), r.offset(), r.key(), null, null, null, null);
            }
        }
        return new CloudEventRecord(r.topic(), r.partition(), r.offset(), r.key(),
                KafkaTestClient.header(r, "ce_subject"), KafkaTestClient.header(r, "ce_id"),
                KafkaTestClient.header(r, "ce_type"), r.value());
    }

    /**
     * Id, type and data are there, and the record key and subject name the data's clientId (the contract's
     * rule for every topic): what a consumer rejects beyond this is the data's own fault.
     */
    boolean hasEnvelope() {
        if (id == null || id.isBlank() || type == null || data == null) {
            return false;
        }
        String clientId = dataClientId();
        return clientId == null || (clientId.equals(key) || key == null) && (subject == null || clientId.equals(subject));
    }

    private String dataClientId() {
        try {
            JsonNode client = JSON.readTree(data).get("clientId");
            return client == null || !client.isTextual() ? null : client.asText();
        } catch (Exception notJson) {
            return null;
        }
    }

    String where() {
        return topic + "/" + partition + "@" + offset + " (" + type + ")";
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
