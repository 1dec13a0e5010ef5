package dev.kehu.segmentation.client;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

import dev.kehu.eventstore.CloudEvents;
import dev.kehu.eventstore.EventCodec;
import dev.kehu.eventstore.OutboxMessage;
import dev.kehu.eventstore.contract.SegmentChanged;

/**
 * Turns a stored SegmentChanged into the {@code segmentation.segment-changed} CloudEvent, its data
 * the shared contract record ({@link SegmentChanged}, the one retention decodes). Its id and time
 * derive from the event (client, stream version, asOf), never from a clock or a random source, so
 * replaying the same feeds into an empty database publishes the same events.
 */
record SegmentChangedMessages(EventCodec codec, String source, ZoneId zone) {

    OutboxMessage message(dev.kehu.segmentation.domain.client.ClientEvent.SegmentChanged change, long version,
                          String correlationId) {
        return CloudEvents.binary(SegmentChanged.TOPIC, source, SegmentChanged.TYPE, change.clientId(),
                id(change.clientId(), version), time(change),
                codec.toJson(data(change)), correlationId);
    }

    /** The contract's data: the codes as their names. */
    static SegmentChanged data(dev.kehu.segmentation.domain.client.ClientEvent.SegmentChanged change) {
        return new SegmentChanged(change.clientId(),
                change.previousSegment() == null ? null : change.previousSegment().name(), change.segment().name(),
                change.size().name(), change.activity().name(), change.priority().name(), change.averageAssets(),
                change.turnover(), change.asOf());
    }

    static UUID id(String clientId, long version) {
        return UUID.nameUUIDFromBytes((clientId + ":" + version).getBytes(StandardCharsets.UTF_8));
    }

    /** The start of the asOf trading day in the exchange's zone: the business time the segment holds from. */
    private Instant time(dev.kehu.segmentation.domain.client.ClientEvent.SegmentChanged change) {
        return change.asOf().atStartOfDay(zone).toInstant();
    }
}
