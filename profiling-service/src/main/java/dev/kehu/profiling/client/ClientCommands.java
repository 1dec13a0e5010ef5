package dev.kehu.profiling.client;

import dev.kehu.eventstore.CommandHandler;
import dev.kehu.eventstore.EventStore;
import dev.kehu.eventstore.Outbox;
import dev.kehu.profiling.domain.client.ClientCommand;
import dev.kehu.profiling.domain.client.ClientDecider;
import dev.kehu.profiling.domain.client.ClientEvent;
import dev.kehu.profiling.domain.client.ClientProfile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * The one way a client's stream changes: the library's {@link CommandHandler} with the client's
 * decider (load → fold → decide → append at the version read → outbox, on the caller's connection).
 * Assessments, facets and surveys all write through it.
 */
@ApplicationScoped
public class ClientCommands {

    @Produces
    @Singleton
    CommandHandler<ClientProfile, ClientCommand, ClientEvent> clientCommandHandler(EventStore store, Outbox outbox,
                                                                                    PublishedEvents published) {
        return new CommandHandler<>(store, outbox, ClientDecider.INSTANCE, published);
    }
}
