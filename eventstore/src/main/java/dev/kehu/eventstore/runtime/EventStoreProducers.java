package dev.kehu.eventstore.runtime;

import java.util.ArrayList;
import java.util.List;

import dev.kehu.eventstore.CloudEventParser;
import dev.kehu.eventstore.EventCatalog;
import dev.kehu.eventstore.EventCodec;
import dev.kehu.eventstore.EventStore;
import dev.kehu.eventstore.Inbox;
import dev.kehu.eventstore.IncomingBatch;
import dev.kehu.eventstore.Outbox;
import dev.kehu.eventstore.Projection;
import dev.kehu.eventstore.Projections;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Wires the plain event-sourcing classes as CDI beans of the service that includes this library. */
@Singleton
public class EventStoreProducers {

    /** Events are stored with fixed JSON settings, independent of how the service's REST layer is tuned. */
    @Produces
    @Singleton
    EventCodec codec(Instance<EventCatalog> catalogs) {
        EventCodec codec = new EventCodec(EventCodec.defaultMapper());
        catalogs.forEach(catalog -> catalog.eventRoots().forEach(codec::register));
        return codec;
    }

    @Produces
    @Singleton
    Projections projections(Instance<Projection> projections) {
        List<Projection> all = new ArrayList<>();
        projections.forEach(all::add);
        return new Projections(all);
    }

    @Produces
    @Singleton
    EventStore eventStore(EventCodec codec, Projections projections) {
        return new EventStore(codec, projections);
    }

    @Produces
    @Singleton
    Outbox outbox(EventCodec codec, TraceContext traces, RelayWakeUp relay) {
        return new Outbox(codec.mapper(), traces::current, relay::afterCommit);
    }

    @Produces
    @Singleton
    Inbox inbox() {
        return new Inbox();
    }

    @Produces
    @Singleton
    IncomingBatch incomingBatch(EventCodec codec, Inbox inbox, Outbox outbox) {
        return new IncomingBatch(new CloudEventParser(codec.mapper()), inbox, outbox);
    }
}
