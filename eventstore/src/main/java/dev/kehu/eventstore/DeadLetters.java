package dev.kehu.eventstore;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * A bad message, copied as it came to {@code <topic>.dlq} with the reason and its origin in
 * headers (named as SmallRye's dead-letter strategy names them). Written through the outbox, in
 * the transaction that moves the consumer past it, so it can be neither lost nor doubled.
 *
 * <p>The copy keeps at most {@link #MAX_VALUE_BYTES} of the value (docs/contract.md, dead letters):
 * a record near the broker's size limit plus the dead-letter headers would otherwise be a copy the
 * broker can never take. The original's size and SHA-256 are in headers, whole or cut.
 */
public final class DeadLetters {

    public static final String SUFFIX = ".dlq";
    public static final String REASON = "dead-letter-reason";
    public static final String TOPIC = "dead-letter-topic";
    public static final String PARTITION = "dead-letter-partition";
    public static final String OFFSET = "dead-letter-offset";
    public static final String CONSUMER = "dead-letter-consumer";
    /** The original value's size in bytes (UTF-8, as the consumer read it). */
    public static final String ORIGINAL_SIZE = "dead-letter-original-size";
    /** The original value's SHA-256, lower-case hex. */
    public static final String ORIGINAL_SHA256 = "dead-letter-original-sha256";
    /** {@code true} when the copy's value is the first {@link #MAX_VALUE_BYTES} of the original only. */
    public static final String TRUNCATED = "dead-letter-truncated";
    /** The most of the original value a dead-letter copy keeps: 256 KiB. */
    public static final int MAX_VALUE_BYTES = 256 * 1024;

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
        if (value != null) {
            headers.put(ORIGINAL_SIZE, String.valueOf(value.length));
            headers.put(ORIGINAL_SHA256, sha256(value));
            headers.put(TRUNCATED, String.valueOf(value.length > MAX_VALUE_BYTES));
            if (value.length > MAX_VALUE_BYTES) {
                value = Arrays.copyOf(value, MAX_VALUE_BYTES);
            }
        }
        return new OutboxMessage(record.topic() + SUFFIX, record.key(), headers, value);
    }

    private static String sha256(byte[] value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
