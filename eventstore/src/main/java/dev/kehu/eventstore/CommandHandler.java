package dev.kehu.eventstore;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * The one write path of every aggregate: load a stream → fold it → decide → append at the version
 * read (optimistic concurrency; a concurrent writer gets a {@link ConcurrencyConflictException}) →
 * enqueue the integration messages in the outbox. Everything runs on the caller's connection, so
 * events, read models and outbox commit together or not at all.
 *
 * <p>{@link #handle} does it for one command. A writer that decides several commands on a stream
 * before appending (a consumer folding a batch) uses {@link #load}, {@link Unit#decide} and
 * {@link #commit}.
 */
public final class CommandHandler<S, C, E> {

    /** The integration messages an append publishes, given the state before it. */
    @FunctionalInterface
    public interface Messages<S> {
        List<OutboxMessage> of(S before, List<StoredEvent> appended, EventMetadata metadata);

        static <S> Messages<S> none() {
            return (before, appended, metadata) -> List.of();
        }
    }

    /** A command built once the state is loaded (some commands need to see it, or more data). */
    @FunctionalInterface
    public interface CommandFor<S, C> {
        C create(Connection c, S state) throws SQLException;
    }

    /** What a commit did: the state before and after, the stream version after, the stored events. */
    public record Handled<S>(String streamId, S before, S state, long version, List<StoredEvent> appended) {
    }

    private final EventStore store;
    private final Outbox outbox;
    private final Decider<S, C, E> decider;
    private final Messages<S> messages;

    public CommandHandler(EventStore store, Outbox outbox, Decider<S, C, E> decider, Messages<S> messages) {
        this.store = store;
        this.outbox = outbox;
        this.decider = decider;
        this.messages = messages;
    }

    public Decider<S, C, E> decider() {
        return decider;
    }

    /** One command on one stream, in one go. */
    public Handled<S> handle(Connection c, String streamId, C command, EventMetadata metadata, OptionalLong ifMatch)
            throws SQLException {
        return handle(c, streamId, (conn, state) -> command, metadata, ifMatch);
    }

    /**
     * @param ifMatch the version the caller last saw (HTTP If-Match); if the stream moved on since,
     *                nothing is decided and the caller gets a conflict naming the current version
     */
    public Handled<S> handle(Connection c, String streamId, CommandFor<S, C> command, EventMetadata metadata,
                             OptionalLong ifMatch) throws SQLException {
        Unit<S, C, E> unit = load(c, streamId);
        if (ifMatch.isPresent() && ifMatch.getAsLong() != unit.version()) {
            throw new ConcurrencyConflictException(streamId, ifMatch.getAsLong(), unit.version());
        }
        unit.decide(command.create(c, unit.state()));
        return commit(c, unit, metadata);
    }

    /** The stream folded as it stands now, ready to decide on. */
    public Unit<S, C, E> load(Connection c, String streamId) throws SQLException {
        List<StoredEvent> events = store.readStream(c, streamId);
        long version = events.isEmpty() ? ExpectedVersion.NO_STREAM : events.get(events.size() - 1).version();
        return new Unit<>(decider, streamId, decider.fold(events), version);
    }

    /** A stream known to be new (no read needed): its append fails if someone created it meanwhile. */
    public Unit<S, C, E> create(String streamId) {
        return new Unit<>(decider, streamId, decider.initialState(), ExpectedVersion.NO_STREAM);
    }

    /** The stream as it stood at {@code asOf}: the events recorded by then, folded. */
    public S asOf(Connection c, String streamId, Instant asOf) throws SQLException {
        return decider.fold(store.readStreamAsOf(c, streamId, asOf));
    }

    /** Appends what the unit decided at the version it was loaded at, and enqueues its messages. */
    public Handled<S> commit(Connection c, Unit<S, C, E> unit, EventMetadata metadata) throws SQLException {
        if (unit.pending.isEmpty()) {
            return new Handled<>(unit.streamId, unit.loaded, unit.loaded, unit.version, List.of());
        }
        List<StoredEvent> stored = store.append(c, unit.streamId, unit.version, unit.pending, metadata);
        outbox.enqueue(c, messages.of(unit.loaded, stored, metadata));
        S after = decider.fold(unit.loaded, stored);
        return new Handled<>(unit.streamId, unit.loaded, after, stored.get(stored.size() - 1).version(), stored);
    }

    /**
     * Like {@link #commit(Connection, Unit, EventMetadata)}, each decided event stored with its own
     * metadata ({@code metadata.get(i)} for the unit's i-th pending event): a writer that decided the
     * commands of several messages keeps each event with its own message's ids. The messages see
     * the first event's metadata; a message that must follow each event reads {@link StoredEvent#metadata()}.
     */
    public Handled<S> commit(Connection c, Unit<S, C, E> unit, List<EventMetadata> metadata) throws SQLException {
        if (unit.pending.isEmpty()) {
            return new Handled<>(unit.streamId, unit.loaded, unit.loaded, unit.version, List.of());
        }
        List<StoredEvent> stored = store.appendAll(c, List.of(EventStore.StreamAppend.each(unit.streamId,
                unit.version, unit.pending, metadata)));
        outbox.enqueue(c, messages.of(unit.loaded, stored, metadata.get(0)));
        S after = decider.fold(unit.loaded, stored);
        return new Handled<>(unit.streamId, unit.loaded, after, stored.get(stored.size() - 1).version(), stored);
    }

    /**
     * A stream being decided on: the state it was loaded in, and the events decided since, already
     * folded into {@link #state()}. Not thread-safe; it lives for one transaction.
     */
    public static final class Unit<S, C, E> {
        private final Decider<S, C, E> decider;
        private final String streamId;
        private final S loaded;
        private final long version;
        private final List<E> pending = new ArrayList<>();
        private S state;

        Unit(Decider<S, C, E> decider, String streamId, S loaded, long version) {
            this.decider = decider;
            this.streamId = streamId;
            this.loaded = loaded;
            this.version = version;
            this.state = loaded;
        }

        /** Decides a command in the current state and folds what it caused; returns those events. */
        public List<E> decide(C command) {
            List<E> events = decider.decide(command, state);
            for (E e : events) {
                state = decider.evolve(state, e);
            }
            pending.addAll(events);
            return events;
        }

        public String streamId() {
            return streamId;
        }

        /** The state with every decided event folded in. */
        public S state() {
            return state;
        }

        /** The stream version the unit was loaded at (its append expects it). */
        public long version() {
            return version;
        }

        public List<E> pending() {
            return List.copyOf(pending);
        }
    }
}
