package dev.kehu.eventstore;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads a Kafka record as a CloudEvent 1.0 in binary mode ({@code ce_*} headers) or structured
 * mode (the whole event as JSON, content type {@code application/cloudevents+json}).
 */
public final class CloudEventParser {

    /**
     * The longest CloudEvents {@code id} accepted (docs/contract.md): ids are kept in every consumer's
     * inbox, so an unbounded one would be an unbounded row; a longer one is dead-lettered.
     */
    public static final int MAX_ID_LENGTH = 256;

    private final ObjectMapper mapper;

    public CloudEventParser(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public IncomingCloudEvent parse(ConsumerRecord<String, String> record) throws InvalidMessageException {
        Headers headers = record.headers();
        if (record.value() == null || record.value().isBlank()) {
            throw new InvalidMessageException("empty record value");
        }
        JsonNode value;
        try {
            value = mapper.readTree(record.value());
        } catch (Exception e) {
            throw new InvalidMessageException("value is not JSON: " + firstLine(e.getMessage()));
        }
        if (value == null || !value.isObject()) {
            throw new InvalidMessageException("value is not a JSON object");
        }
        String specVersion = header(headers, "ce_specversion");
        if (specVersion != null) {
            return build(specVersion, header(headers, "ce_id"), header(headers, "ce_source"),
                    header(headers, "ce_type"), header(headers, "ce_subject"), header(headers, "ce_time"),
                    value, record.key(), record.topic(), record.partition())
                    .withCorrelationId(correlation(header(headers, "ce_correlationid")));
        }
        String contentType = header(headers, "content-type");
        if ((contentType != null && contentType.startsWith("application/cloudevents+json")) || value.has("specversion")) {
            return build(text(value, "specversion"), text(value, "id"), text(value, "source"), text(value, "type"),
                    text(value, "subject"), text(value, "time"), value.get("data"), record.key(), record.topic(),
                    record.partition()).withCorrelationId(correlation(text(value, "correlationid")));
        }
        throw new InvalidMessageException("not a CloudEvent: no ce_specversion header and no structured envelope");
    }

    private IncomingCloudEvent build(String specVersion, String id, String source, String type, String subject,
                                     String time, JsonNode data, String key, String topic, int partition)
            throws InvalidMessageException {
        if (!CloudEvents.SPEC_VERSION.equals(specVersion)) {
            throw new InvalidMessageException("unsupported CloudEvents specversion " + specVersion);
        }
        if (id == null || id.isBlank()) {
            throw new InvalidMessageException("CloudEvents id is missing");
        }
        int idLength = id.codePointCount(0, id.length());
        if (idLength > MAX_ID_LENGTH) {
            throw new InvalidMessageException("CloudEvents id is longer than " + MAX_ID_LENGTH + " characters ("
                    + idLength + ")");
        }
        if (source == null || source.isBlank()) {
            throw new InvalidMessageException("CloudEvents source is missing");
        }
        if (type == null || type.isBlank()) {
            throw new InvalidMessageException("CloudEvents type is missing");
        }
        if (data == null || !data.isObject()) {
            throw new InvalidMessageException("CloudEvents data must be a JSON object");
        }
        Instant instant = null;
        if (time != null) {
            try {
                instant = OffsetDateTime.parse(time).toInstant();
            } catch (DateTimeParseException e) {
                throw new InvalidMessageException("CloudEvents time is not RFC 3339: " + time);
            }
        }
        return new IncomingCloudEvent(id, source, type, subject, instant, data, key, topic, partition);
    }

    private static final Pattern CORRELATION = Pattern.compile("[\\x21-\\x7E]{1,256}");

    /**
     * The {@code correlationid} extension if it can be carried on (1 to 256 printable ASCII characters,
     * no space); otherwise none, and the effects of the message start their chain at its id
     * (docs/contract.md). It is optional, so a malformed one does not make the message invalid.
     */
    static String correlation(String raw) {
        return raw != null && CORRELATION.matcher(raw).matches() ? raw : null;
    }

    private static String header(Headers headers, String name) {
        Header h = headers.lastHeader(name);
        return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
