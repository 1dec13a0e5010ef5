package dev.kehu.eventstore;

import java.util.function.BiFunction;

/**
 * A decider whose state record brings its initial value and its pure {@code evolve} (as
 * {@code ClientProfile.INITIAL} and {@code ClientProfile::evolve}): the decider adds only {@code decide}.
 */
public abstract class StateDecider<S, C, E> implements Decider<S, C, E> {

    private final S initial;
    private final BiFunction<S, E, S> evolve;

    protected StateDecider(S initial, BiFunction<S, E, S> evolve) {
        this.initial = initial;
        this.evolve = evolve;
    }

    @Override
    public S initialState() {
        return initial;
    }

    @Override
    public S evolve(S state, E event) {
        return evolve.apply(state, event);
    }
}
