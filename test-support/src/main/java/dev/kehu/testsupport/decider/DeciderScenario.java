package dev.kehu.testsupport.decider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Given/when/then for a decider, without infrastructure: the events already on the stream, one
 * command, and what it decided (events, nothing, or a refusal) and where the state then stands.
 *
 * <p>Built from the decider's three functions ({@code of(d::initialState, d::evolve, d::decide)}),
 * so this module stays below the event-store library whose tests use it.
 */
public final class DeciderScenario<S, C, E> {

    private final BiFunction<S, E, S> evolve;
    private final BiFunction<C, S, List<E>> decide;
    private final S state;

    private DeciderScenario(BiFunction<S, E, S> evolve, BiFunction<C, S, List<E>> decide, S state) {
        this.evolve = evolve;
        this.decide = decide;
        this.state = state;
    }

    public static <S, C, E> DeciderScenario<S, C, E> of(Supplier<S> initialState, BiFunction<S, E, S> evolve,
                                                         BiFunction<C, S, List<E>> decide) {
        return new DeciderScenario<>(evolve, decide, initialState.get());
    }

    /** The stream so far: these events folded onto the state. */
    @SafeVarargs
    public final DeciderScenario<S, C, E> given(E... history) {
        return new DeciderScenario<>(evolve, decide, fold(state, Arrays.asList(history)));
    }

    /** Starts from a state the test builds itself (a decider whose state is not reachable in a few events). */
    public DeciderScenario<S, C, E> givenState(S given) {
        return new DeciderScenario<>(evolve, decide, given);
    }

    public Then<S, E> when(C command) {
        try {
            List<E> decided = decide.apply(command, state);
            return new Then<>(decided, fold(state, decided), null);
        } catch (RuntimeException refused) {
            return new Then<>(null, state, refused);
        }
    }

    private S fold(S from, List<E> events) {
        S s = from;
        for (E e : events) {
            s = evolve.apply(s, e);
        }
        return s;
    }

    /** What a command decided, and the state after its events. */
    public static final class Then<S, E> {
        private final List<E> decided;
        private final S after;
        private final RuntimeException refused;

        private Then(List<E> decided, S after, RuntimeException refused) {
            this.decided = decided;
            this.after = after;
            this.refused = refused;
        }

        @SafeVarargs
        public final Then<S, E> then(E... expected) {
            assertEquals(List.of(expected), events());
            return this;
        }

        public Then<S, E> thenNothing() {
            assertEquals(List.of(), events(), "the command should change nothing");
            return this;
        }

        /** The first decided event, of the given type, for the test to look into. */
        public <T extends E> T thenFirst(Class<T> type) {
            List<E> events = events();
            if (events.isEmpty()) {
                fail("no event decided; expected a " + type.getSimpleName());
            }
            return assertInstanceOf(type, events.get(0));
        }

        public Then<S, E> thenState(Consumer<S> check) {
            events();
            check.accept(after);
            return this;
        }

        public S state() {
            events();
            return after;
        }

        /** The command was refused with this exception type; returns it for its message or fields. */
        public <X extends RuntimeException> X thenRefused(Class<X> type) {
            if (refused == null) {
                fail("expected " + type.getSimpleName() + " but the command decided " + decided);
            }
            return assertInstanceOf(type, refused);
        }

        public List<E> events() {
            if (refused != null) {
                throw new AssertionError("the command was refused: " + refused, refused);
            }
            return decided;
        }
    }
}
