package dev.kehu.eventstore;

import java.time.Instant;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A consumed CloudEvent, whichever mode it came in. {@code topic} is the record's topic, so one
 * consumer of several topics (one batch, one transaction) can still decode each by its origin;
 * {@code partition} the record's partition (-1 if it did not come from Kafka); {@code correlationId}
 * its {@code correlationid} extension (null when it has none, docs/contract.md).
 */
public record IncomingCloudEvent(String id, String source, String type, String subject, Instant time,
                                 JsonNode data, String key, String topic, int partition, String correlationId) {

    /** An event without a correlation id. */
    public IncomingCloudEvent(String id, String source, String type, String subject, Instant time,
                              JsonNode data, String key, String topic, int partition) {
        this(id, source, type, subject, time, data, key, topic, partition, null);
    }

    /** An event whose topic and partition do not matter. */
    public IncomingCloudEvent(String id, String source, String type, String subject, Instant time, JsonNode data,
                              String key) {
        this(id, source, type, subject, time, data, key, null, -1);
    }

    /** The same event with the given correlation id. */
    public IncomingCloudEvent withCorrelationId(String correlation) {
        return new IncomingCloudEvent(id, source, type, subject, time, data, key, topic, partition, correlation);
    }

    /**
     * Decodes an event of {@code type} about one client: {@code fields} reads the data into a value, every
     * problem collected; the record key and subject must name that value's client ({@code clientOf}); then
     * all the problems are reported at once, or the value returned.
     */
    public <T> T decode(String type, Function<T, String> clientOf, Function<DataReader, T> fields)
            throws InvalidMessageException {
        expectType(type);
        DataReader r = read();
        T value = fields.apply(r);
        expectAbout(r, clientOf.apply(value));
        r.validate();
        return value;
    }

    /**
     * Reads the data object field by field, collecting every problem. Decoders go through {@link #decode}, which
     * also checks the type and the client; this package's tests read raw data with it.
     */
    DataReader read() {
        return new DataReader(data);
    }

    /** Refuses an event of another type than the topic carries. */
    private void expectType(String expected) throws InvalidMessageException {
        if (!expected.equals(type)) {
            throw new InvalidMessageException("unexpected CloudEvents type " + type + ", expected " + expected);
        }
    }

    /** The key orders one client's messages in one partition, so it must be the client the data is about. */
    private void expectAbout(DataReader r, String clientId) {
        if (clientId == null) {
            return; // already reported as missing or malformed
        }
        if (!clientId.equals(key)) {
            r.reject("record key " + key + " is not the clientId " + clientId);
        }
        if (subject != null && !clientId.equals(subject)) {
            r.reject("CloudEvents subject " + subject + " is not the clientId " + clientId);
        }
    }
}
