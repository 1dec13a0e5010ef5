package dev.kehu.eventstore;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * A bad message, copied as it came to {@code <topic>.dlq} with the reason and its origin in
 * headers (named as SmallRye's dead-letter strategy names them). Written through the outbox, in
 * the transaction that moves the consumer past it, so it can be neither lost nor doubled.
 */
public final class DeadLetters {

    public static final String SUFFIX = ".dlq";
    public static final String REASON = "dead-letter-reason";
    public static final String TOPIC = "dead-letter-topic";
    public static final String PARTITION = "dead-letter-partition";
    public static final String OFFSET = "dead-letter-offset";
    public static final String CONSUMER = "dead-letter-consumer";

    private DeadLetters() {
    }

    public static OutboxMessage of(ConsumerRecord<String, String> record, String consumer, String reason) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Header h : record.headers()) {
            if (h.value() != null) {
                headers.put(h.key(), new String(h.value(), StandardCharsets.UTF_8));
            }
        }
        headers.put(REASON, reason);
        headers.put(TOPIC, record.topic());
        headers.put(PARTITION, String.valueOf(record.partition()));
        headers.put(OFFSET, String.valueOf(record.offset()));
        headers.put(CONSUMER, consumer);
        byte[] value = record.value() == null ? null : record.value().getBytes(StandardCharsets.UTF_8);
        return new OutboxMessage(record.topic() + SUFFIX, record.key(), headers, value);
    }
}
