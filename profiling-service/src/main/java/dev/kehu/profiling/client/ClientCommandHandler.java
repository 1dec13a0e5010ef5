package dev.kehu.profiling.client;

import java.time.Instant;
import java.util.OptionalLong;

import dev.kehu.eventstore.CommandHandler;
import dev.kehu.eventstore.runtime.CurrentRequest;
import dev.kehu.eventstore.runtime.Db;
import dev.kehu.profiling.domain.client.ClientCommand;
import dev.kehu.profiling.domain.client.ClientEvent;
import dev.kehu.profiling.domain.client.ClientProfile;
import dev.kehu.profiling.domain.client.ClientDecider;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The client's command handler on the caller's transaction with the request's metadata, for the
 * services that write one command per request (facets, surveys) or read the stream at a moment.
 * Assessments and re-scoring hold the connection themselves and use the handler directly.
 */
@ApplicationScoped
public class ClientCommandHandler {

    @Inject
    Db db;

    @Inject
    CommandHandler<ClientProfile, ClientCommand, ClientEvent> handler;

    @Inject
    CurrentRequest request;

    /** Decides {@code command} on the client's stream and appends at {@code ifMatch} (any version when empty). */
    public ClientProfile handle(String clientId, ClientCommand command, OptionalLong ifMatch) {
        return db.call(c -> handler.handle(c, ClientDecider.streamId(clientId), command, request.metadata(), ifMatch))
                .state();
    }

    /** The client's profile folded from its stream up to {@code asOf}. */
    public ClientProfile asOf(String clientId, Instant asOf) {
        return db.call(c -> handler.asOf(c, ClientDecider.streamId(clientId), asOf));
    }
}
