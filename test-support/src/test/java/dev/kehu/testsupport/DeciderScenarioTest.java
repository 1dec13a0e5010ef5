package dev.kehu.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.kehu.testsupport.decider.DeciderScenario;

/** The fixture itself: it folds the history, reports what was decided, and fails where it should. */
class DeciderScenarioTest {

    record Add(int n) {
    }

    record Added(int n) {
    }

    static List<Added> decide(Add c, Integer total) {
        if (c.n() < 0) {
            throw new IllegalArgumentException("negative");
        }
        return c.n() == 0 ? List.of() : List.of(new Added(c.n()));
    }

    static final DeciderScenario<Integer, Add, Added> COUNTER =
            DeciderScenario.of(() -> 0, (s, e) -> s + e.n(), DeciderScenarioTest::decide);

    @Test
    void foldsTheHistoryThenTheDecidedEvents() {
        COUNTER.given(new Added(2), new Added(3)).when(new Add(4))
                .then(new Added(4))
                .thenState(total -> assertEquals(9, total));
    }

    @Test
    void nothingAndRefusalsAreTheirOwnOutcomes() {
        COUNTER.when(new Add(0)).thenNothing();
        assertEquals("negative", COUNTER.when(new Add(-1)).thenRefused(IllegalArgumentException.class).getMessage());
    }

    @Test
    void aWrongExpectationFails() {
        assertThrows(AssertionError.class, () -> COUNTER.when(new Add(1)).then(new Added(2)));
        assertThrows(AssertionError.class, () -> COUNTER.when(new Add(1)).thenNothing());
        assertThrows(AssertionError.class, () -> COUNTER.when(new Add(-1)).then());
        assertThrows(AssertionError.class, () -> COUNTER.when(new Add(1)).thenRefused(IllegalArgumentException.class));
    }
}
