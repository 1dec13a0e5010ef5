package dev.kehu.segmentation.ingest;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.kehu.eventstore.EventCodec;
import dev.kehu.eventstore.EventMetadata;
import dev.kehu.eventstore.EventStore;
import dev.kehu.eventstore.ExpectedVersion;
import dev.kehu.eventstore.IncomingBatch;
import dev.kehu.eventstore.Outbox;
import dev.kehu.eventstore.OutboxMessage;
import dev.kehu.eventstore.StoredEvent;
import dev.kehu.eventstore.runtime.EventStoreConfig;
import dev.kehu.segmentation.client.ClientCommand;
import dev.kehu.segmentation.client.ClientDecider;
import dev.kehu.segmentation.client.ClientEvent;
import dev.kehu.segmentation.client.ClientEvent.SegmentChanged;
import dev.kehu.segmentation.client.ClientState;
import dev.kehu.segmentation.segment.SegmentRules;
import dev.kehu.segmentation.segment.SegmentationConfig;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Applies one polled batch of feed messages: groups them by client, loads every client's state in
 * a few queries, decides message by message in feed order (so the result does not depend on where
 * a poll happened to cut the stream), appends each client's events at once and queues the segment
 * changes in the outbox, all in the batch's transaction.
 */
@ApplicationScoped
public class ClientBatchHandler implements IncomingBatch.Handler<ClientCommand> {

    static final String SERVICE = "segmentation-service";

    private final EventStore store;
    private final Outbox outbox;
    private final ClientDecider decider;
    private final ClientStateLoader loader;
    private final SegmentChangedMessages messages;

    public ClientBatchHandler(EventStore store, Outbox outbox, EventCodec codec, SegmentationConfig config,
                              EventStoreConfig eventStoreConfig) {
        SegmentRules rules = SegmentRules.from(config);
        this.store = store;
        this.outbox = outbox;
        this.decider = new ClientDecider(rules);
        this.loader = new ClientStateLoader(rules);
        this.messages = new SegmentChangedMessages(codec, eventStoreConfig.source(), rules.tradingZone());
    }

    public static String streamId(String clientId) {
        return "client-" + clientId;
    }

    @Override
    public void handle(Connection c, List<IncomingBatch.Accepted<ClientCommand>> accepted) throws SQLException {
        Map<String, List<ClientCommand>> byClient = new LinkedHashMap<>();
        for (IncomingBatch.Accepted<ClientCommand> a : accepted) {
            byClient.computeIfAbsent(a.message().clientId(), k -> new ArrayList<>()).add(a.message());
        }
        Map<String, ClientState> states = loader.load(c, byClient);
        List<EventStore.StreamAppend> appends = new ArrayList<>();
        Map<String, List<String>> causes = new LinkedHashMap<>();
        for (Map.Entry<String, List<ClientCommand>> client : byClient.entrySet()) {
            decide(client.getKey(), client.getValue(), states.get(client.getKey()), appends, causes);
        }
        // the whole batch in one append: versions claimed, events inserted and projected once
        List<StoredEvent> stored = store.appendAll(c, appends);
        List<OutboxMessage> changes = new ArrayList<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (StoredEvent e : stored) {
            int index = seen.merge(e.streamId(), 1, Integer::sum) - 1;
            if (e.event() instanceof SegmentChanged change) {
                changes.add(messages.message(change, e.version(), causes.get(e.streamId()).get(index)));
            }
        }
        outbox.enqueue(c, changes);
    }

    private void decide(String clientId, List<ClientCommand> commands, ClientState state,
                        List<EventStore.StreamAppend> appends, Map<String, List<String>> causes) {
        List<ClientEvent> events = new ArrayList<>();
        List<String> eventCauses = new ArrayList<>();
        for (ClientCommand command : commands) {
            for (ClientEvent event : decider.decide(command, state)) {
                state = ClientState.evolve(state, event);
                events.add(event);
                eventCauses.add(command.messageId());
            }
        }
        if (events.isEmpty()) {
            return;
        }
        // one client's messages come in order from one partition: no version check is needed
        appends.add(new EventStore.StreamAppend(streamId(clientId), ExpectedVersion.ANY, events,
                EventMetadata.causedByMessage(SERVICE, eventCauses.get(0))));
        causes.put(streamId(clientId), eventCauses);
    }
}
