package dev.kehu.eventstore;

import java.time.Instant;
import java.util.UUID;

/** An event as read back from the store: its place in the log and its typed payload. */
public record StoredEvent(
        long position,
        String streamId,
        long version,
        UUID eventId,
        String type,
        Object event,
        EventMetadata metadata,
        Instant recordedAt) {

    public <T> T as(Class<T> cls) {
        return cls.cast(event);
    }
}
