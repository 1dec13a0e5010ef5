package dev.kehu.eventstore;

/**
 * Why an event happened and who caused it: stored with every event.
 *
 * @param correlationId the request or message chain this event belongs to
 * @param causationId   the id of the message or request that caused it
 * @param actor         the subject that caused it (a user, or a service for consumed messages)
 * @param actorRole     the actor's role
 */
public record EventMetadata(String correlationId, String causationId, String actor, String actorRole) {

    public static EventMetadata system(String service) {
        return new EventMetadata(null, null, service, "system");
    }

    /**
     * Metadata for the effects of one consumed message: caused by its id, in the chain of its
     * {@code correlationid} (or starting one at its id when it carries none; docs/contract.md).
     * Each event of a batch carries the metadata of its own message, never of the batch's first.
     */
    public static EventMetadata causedBy(String service, IncomingCloudEvent message) {
        return new EventMetadata(message.correlationId() != null ? message.correlationId() : message.id(),
                message.id(), service, "system");
    }
}
