package dev.kehu.segmentation.client;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.kehu.eventstore.EventCodec;
import dev.kehu.eventstore.EventMetadata;
import dev.kehu.eventstore.EventStore;
import dev.kehu.eventstore.ExpectedVersion;
import dev.kehu.eventstore.IncomingBatch;
import dev.kehu.eventstore.Outbox;
import dev.kehu.eventstore.OutboxMessage;
import dev.kehu.eventstore.StoredEvent;
import dev.kehu.eventstore.runtime.AfterCompletion;
import dev.kehu.eventstore.runtime.EventStoreConfig;
import dev.kehu.segmentation.domain.client.ClientCommand;
import dev.kehu.segmentation.domain.client.ClientDecider;
import dev.kehu.segmentation.domain.client.ClientEvent;
import dev.kehu.segmentation.domain.client.ClientEvent.SegmentChanged;
import dev.kehu.segmentation.domain.client.ClientState;
import dev.kehu.segmentation.domain.segment.SegmentRules;
import dev.kehu.segmentation.config.ConfiguredRules;
import dev.kehu.segmentation.config.SegmentationConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;

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

    private final SegmentRules rules;
    private final ClientStateCache cache;
    private final TransactionSynchronizationRegistry transactions;

    @Inject
    public ClientBatchHandler(EventStore store, Outbox outbox, EventCodec codec, SegmentationConfig config,
                              EventStoreConfig eventStoreConfig, TransactionSynchronizationRegistry transactions) {
        this(store, outbox, codec, config, eventStoreConfig, transactions, config.stateCacheClients());
    }

    /** With a state cache of {@code cacheCapacity} clients of its own (a second instance, as another consumer). */
    public ClientBatchHandler(EventStore store, Outbox outbox, EventCodec codec, SegmentationConfig config,
                              EventStoreConfig eventStoreConfig, TransactionSynchronizationRegistry transactions,
                              int cacheCapacity) {
        this.rules = ConfiguredRules.of(config);
        this.store = store;
        this.outbox = outbox;
        this.transactions = transactions;
        this.cache = new ClientStateCache(cacheCapacity);
        this.decider = new ClientDecider(rules);
        this.loader = new ClientStateLoader(rules, cache);
        this.messages = new SegmentChangedMessages(codec, eventStoreConfig.source(), rules.tradingZone());
    }

    @Override
    public void handle(Connection c, List<IncomingBatch.Accepted<ClientCommand>> accepted) throws SQLException {
        Map<String, List<ClientCommand>> byClient = new LinkedHashMap<>();
        // each message's ids, for the events it causes (the batch dedupes by id: one entry per message)
        Map<String, EventMetadata> metadata = new HashMap<>();
        for (IncomingBatch.Accepted<ClientCommand> a : accepted) {
            byClient.computeIfAbsent(a.message().clientId(), k -> new ArrayList<>()).add(a.message());
            metadata.put(a.message().messageId(), EventMetadata.causedBy(SERVICE, a.event()));
        }
        Map<String, ClientStateCache.Entry> after = new LinkedHashMap<>();
        Set<String> unexpected = new HashSet<>();
        // registered before any state is touched: cached states change in place during the batch
        cacheOnCommit(byClient.keySet(), after, unexpected);
        Map<String, ClientStateCache.Entry> loaded = loader.load(c, byClient);
        List<EventStore.StreamAppend> appends = new ArrayList<>();
        for (Map.Entry<String, List<ClientCommand>> client : byClient.entrySet()) {
            ClientStateCache.Entry before = loaded.get(client.getKey());
            after.put(client.getKey(), decide(client.getKey(), client.getValue(), before, metadata, appends));
        }
        Map<String, Integer> appended = new HashMap<>();
        appends.forEach(a -> appended.put(a.streamId(), a.events().size()));
        // the whole batch in one append: versions claimed, events inserted and projected once
        List<StoredEvent> stored = store.appendAll(c, appends);
        List<OutboxMessage> changes = new ArrayList<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (StoredEvent e : stored) {
            int index = seen.merge(e.streamId(), 1, Integer::sum) - 1;
            String clientId = ((ClientEvent) e.event()).clientId();
            if (index == appended.get(e.streamId()) - 1 && after.get(clientId).version() != e.version()) {
                unexpected.add(clientId); // the stream moved under us after all: trust the database next time
            }
            if (e.event() instanceof SegmentChanged change) {
                // published in the chain of the message that caused it
                changes.add(messages.message(change, e.version(), e.metadata().correlationId()));
            }
        }
        outbox.enqueue(c, changes);
    }

    /** Decides the client's messages in order; returns the client's state after them, to cache. */
    private ClientStateCache.Entry decide(String clientId, List<ClientCommand> commands,
                                          ClientStateCache.Entry before, Map<String, EventMetadata> metadata,
                                          List<EventStore.StreamAppend> appends) {
        ClientState state = before.state();
        List<ClientEvent> events = new ArrayList<>();
        List<EventMetadata> eventMetadata = new ArrayList<>();
        for (ClientCommand command : commands) {
            for (ClientEvent event : decider.decide(command, state)) {
                state.apply(event);
                events.add(event);
                eventMetadata.add(metadata.get(command.messageId()));
            }
        }
        if (!events.isEmpty()) {
            // one client's messages come in order from one partition: no version check is needed; each
            // event is stored with the ids of the message that caused it (docs/contract.md)
            appends.add(EventStore.StreamAppend.each(ClientDecider.streamId(clientId), ExpectedVersion.ANY, events,
                    eventMetadata));
        }
        // days before the window of the latest balance are never read again (a late message for
        // an older day finds the cache does not reach back that far and reloads)
        LocalDate from = before.from();
        if (state.latestAsOf() != null) {
            LocalDate windowStart = rules.windowStart(state.latestAsOf());
            from = from == null || from.isBefore(windowStart) ? windowStart : from;
        }
        return new ClientStateCache.Entry(before.version() + events.size(), from,
                from == null ? state.withTradeIds(Set.of()) : state.keepingFrom(from));
    }

    /**
     * The states this batch leads to are worth keeping only once it commits. The batch folds its
     * events into the cached states themselves (copying each was a large cost), so a batch that
     * rolls back, for whatever reason and at whatever point, takes its clients out of the cache.
     */
    private void cacheOnCommit(Set<String> clients, Map<String, ClientStateCache.Entry> after,
                               Set<String> unexpected) {
        AfterCompletion.register(transactions, committed -> {
            if (committed) {
                after.forEach(cache::put);
                cache.forget(unexpected);
            } else {
                cache.forget(clients);
            }
        });
    }
}
