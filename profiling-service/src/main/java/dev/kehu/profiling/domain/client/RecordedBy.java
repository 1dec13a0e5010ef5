package dev.kehu.profiling.domain.client;

import dev.kehu.eventstore.EventMetadata;

/**
 * Who recorded a step: the token's subject and role, as stored in the event's metadata (the
 * audit trail). Read models show it next to each assessment, facet and survey.
 */
public record RecordedBy(String actor, String role) {

    /** The recorder named by an event's metadata, or null when the metadata names nobody. */
    public static RecordedBy of(EventMetadata metadata) {
        return metadata == null || metadata.actor() == null ? null
                : new RecordedBy(metadata.actor(), metadata.actorRole());
    }
}
