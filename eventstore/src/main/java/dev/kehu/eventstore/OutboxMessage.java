package dev.kehu.eventstore;

import java.util.Map;

/** A Kafka record waiting in the outbox: topic, key, headers and the raw value. */
public record OutboxMessage(String topic, String key, Map<String, String> headers, byte[] payload) {

    public OutboxMessage {
        headers = Map.copyOf(headers);
    }
}
