package dev.kehu.eventstore;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** CloudEvents 1.0 in Kafka binary mode: attributes as {@code ce_*} headers, {@code data} as the value. */
public final class CloudEvents {

    public static final String SPEC_VERSION = "1.0";
    public static final String JSON = "application/json";

    private CloudEvents() {
    }

    /**
     * An outgoing event keyed by the client id (the subject), so one client's events stay in order.
     *
     * @param correlationId carried as the {@code correlationid} extension when not null
     */
    public static OutboxMessage binary(String topic, String source, String type, String clientId, UUID id,
                                       Instant time, String dataJson, String correlationId) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("ce_specversion", SPEC_VERSION);
        headers.put("ce_id", id.toString());
        headers.put("ce_source", source);
        headers.put("ce_type", type);
        headers.put("ce_subject", clientId);
        headers.put("ce_time", DateTimeFormatter.ISO_INSTANT.format(time));
        headers.put("ce_datacontenttype", JSON);
        headers.put("content-type", JSON);
        if (correlationId != null) {
            headers.put("ce_correlationid", correlationId);
        }
        return new OutboxMessage(topic, clientId, headers, dataJson.getBytes(StandardCharsets.UTF_8));
    }
}
