package dev.kehu.retention.churn;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.kehu.eventstore.EventMetadata;
import dev.kehu.eventstore.IncomingBatch;
import dev.kehu.retention.client.ClientCommandHandler;
import dev.kehu.retention.config.ServiceName;
import dev.kehu.retention.domain.client.ClientCommand;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Applies one polled batch of any feed: per client, in sorted order (the feeds, here and in
 * reminder.ReminderConsumers, are consumed concurrently and each takes its clients' locks in that
 * order), the client's messages are decided
 * and committed through {@link ClientCommandHandler} in the batch's transaction, each event with the ids of
 * the message that caused it.
 */
@ApplicationScoped
public class ClientBatchHandler implements IncomingBatch.Handler<ClientCommand> {

    private final ClientCommandHandler clients;

    public ClientBatchHandler(ClientCommandHandler clients) {
        this.clients = clients;
    }

    @Override
    public void handle(Connection c, List<IncomingBatch.Accepted<ClientCommand>> accepted) throws SQLException {
        // sorted, so two consumers locking several clients always lock them in the same order
        Map<String, List<ClientCommand>> byClient = new TreeMap<>();
        // each message's ids, for the events it causes (the batch dedupes by id: one entry per message)
        Map<String, EventMetadata> metadata = new HashMap<>();
        for (IncomingBatch.Accepted<ClientCommand> a : accepted) {
            byClient.computeIfAbsent(a.message().clientId(), k -> new ArrayList<>()).add(a.message());
            metadata.put(a.message().messageId(), EventMetadata.causedBy(ServiceName.RETENTION, a.event()));
        }
        for (Map.Entry<String, List<ClientCommand>> client : byClient.entrySet()) {
            clients.apply(c, client.getKey(), client.getValue(), metadata::get);
        }
    }
}
