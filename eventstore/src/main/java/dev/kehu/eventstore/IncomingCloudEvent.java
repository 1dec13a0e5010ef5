package dev.kehu.eventstore;

import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;

/** A consumed CloudEvent, whichever mode it came in. */
public record IncomingCloudEvent(String id, String source, String type, String subject, Instant time,
                                 JsonNode data, String key) {

    /** Reads the data object field by field, collecting every problem. */
    public DataReader read() {
        return new DataReader(data);
    }
}
