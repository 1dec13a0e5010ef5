package dev.kehu.eventstore;

import java.util.List;

/**
 * An aggregate's rules as three pure functions: where a stream starts, how an event moves its state
 * on, and which events a command causes in a state. No I/O, no clock, no framework: the
 * {@link CommandHandler} does the loading, appending and publishing around it.
 *
 * @param <S> the state folded from the stream
 * @param <C> the commands
 * @param <E> the events
 */
public interface Decider<S, C, E> {

    S initialState();

    S evolve(S state, E event);

    /**
     * The events {@code command} causes in {@code state}; an empty list when it changes nothing.
     * A command the state does not allow throws a domain exception the REST edge maps (409, 400).
     */
    List<E> decide(C command, S state);

    /**
     * Evolves by an event as stored. Override where the state keeps who recorded an event or when
     * (its metadata), which a freshly decided event does not have yet.
     */
    @SuppressWarnings("unchecked")
    default S evolve(S state, StoredEvent stored) {
        return evolve(state, (E) stored.event());
    }

    default S fold(S state, List<StoredEvent> events) {
        S folded = state;
        for (StoredEvent e : events) {
            folded = evolve(folded, e);
        }
        return folded;
    }

    default S fold(List<StoredEvent> events) {
        return fold(initialState(), events);
    }
}
