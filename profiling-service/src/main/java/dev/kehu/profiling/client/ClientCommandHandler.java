package dev.kehu.profiling.client;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;

import dev.kehu.eventstore.ConcurrencyConflictException;
import dev.kehu.eventstore.EventMetadata;
import dev.kehu.eventstore.EventStore;
import dev.kehu.eventstore.Outbox;
import dev.kehu.eventstore.StoredEvent;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The one way a client's stream changes: load → fold → decide → append at the version read
 * (a concurrent change is a 409) → outbox, all on the caller's transaction connection.
 */
@ApplicationScoped
public class ClientCommandHandler {

    /** The profile after the command, and what was appended (nothing for a no-op). */
    public record Handled(ClientProfile profile, List<StoredEvent> appended) {
    }

    private final EventStore store;
    private final Outbox outbox;
    private final PublishedEvents published;

    public ClientCommandHandler(EventStore store, Outbox outbox, PublishedEvents published) {
        this.store = store;
        this.outbox = outbox;
        this.published = published;
    }

    public Handled handle(Connection c, ClientCommand command, EventMetadata metadata) throws SQLException {
        return handle(c, command, metadata, OptionalLong.empty());
    }

    /**
     * @param ifMatch the version the caller last saw (HTTP If-Match); if the stream moved on since,
     *                nothing is decided and the caller gets a 409 with the current version
     */
    public Handled handle(Connection c, ClientCommand command, EventMetadata metadata, OptionalLong ifMatch)
            throws SQLException {
        String stream = ClientStreams.of(command.clientId());
        ClientProfile state = ClientProfile.foldStored(store.readStream(c, stream));
        if (ifMatch.isPresent() && ifMatch.getAsLong() != state.version()) {
            throw new ConcurrencyConflictException(stream, ifMatch.getAsLong(), state.version());
        }
        List<ClientEvent> decided = ClientDecider.decide(command, state);
        List<StoredEvent> stored = store.append(c, stream, state.version(), decided, metadata);
        outbox.enqueue(c, published.of(stored, metadata.correlationId()));
        ClientProfile after = state;
        for (ClientEvent e : decided) {
            after = ClientProfile.evolve(after, e, RecordedBy.of(metadata));
        }
        return new Handled(after, stored);
    }

    /** The profile as it stood at {@code asOf}, folded from the events recorded by then. */
    public ClientProfile asOf(Connection c, String clientId, Instant asOf) throws SQLException {
        return ClientProfile.foldStored(store.readStreamAsOf(c, ClientStreams.of(clientId), asOf));
    }

    public ClientProfile current(Connection c, String clientId) throws SQLException {
        return ClientProfile.foldStored(store.readStream(c, ClientStreams.of(clientId)));
    }
}
