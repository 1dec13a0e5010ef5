package dev.kehu.segmentation.ingest;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

import dev.kehu.eventstore.CloudEvents;
import dev.kehu.eventstore.EventCodec;
import dev.kehu.eventstore.OutboxMessage;
import dev.kehu.segmentation.client.ClientEvent.SegmentChanged;

/**
 * Turns a stored SegmentChanged into the {@code segmentation.segment-changed} CloudEvent. Its id
 * and time derive from the event (client, stream version, asOf), never from a clock or a random
 * source, so replaying the same feeds into an empty database publishes the same events.
 */
final class SegmentChangedMessages {

    static final String TOPIC = "segmentation.segment-changed";
    static final String TYPE = "segmentation.segment.changed.v1";

    private final EventCodec codec;
    private final String source;
    private final ZoneId zone;

    SegmentChangedMessages(EventCodec codec, String source, ZoneId zone) {
        this.codec = codec;
        this.source = source;
        this.zone = zone;
    }

    OutboxMessage message(SegmentChanged change, long version, String correlationId) {
        return CloudEvents.binary(TOPIC, source, TYPE, change.clientId(), id(change.clientId(), version),
                time(change), codec.toJson(change), correlationId);
    }

    static UUID id(String clientId, long version) {
        return UUID.nameUUIDFromBytes((clientId + ":" + version).getBytes(StandardCharsets.UTF_8));
    }

    /** The start of the asOf trading day in the exchange's zone: the business time the segment holds from. */
    private Instant time(SegmentChanged change) {
        return change.asOf().atStartOfDay(zone).toInstant();
    }
}
