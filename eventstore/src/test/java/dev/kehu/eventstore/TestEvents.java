package dev.kehu.eventstore;

import java.math.BigDecimal;

/** A small aggregate's events for the library's own tests. */
sealed interface TestEvents permits TestEvents.Deposited, TestEvents.Withdrawn {

    @EventType("test.account.deposited.v1")
    record Deposited(String account, BigDecimal amount) implements TestEvents {
    }

    @EventType("test.account.withdrawn.v1")
    record Withdrawn(String account, BigDecimal amount) implements TestEvents {
    }

    static EventCodec codec() {
        return new EventCodec(EventCodec.defaultMapper()).register(TestEvents.class);
    }
}
