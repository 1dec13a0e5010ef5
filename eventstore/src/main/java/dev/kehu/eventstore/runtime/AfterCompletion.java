package dev.kehu.eventstore.runtime;

import java.util.function.Consumer;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/** Runs code once the current transaction ends, told whether it committed (what the code did is worth keeping only then). */
public final class AfterCompletion {

    private AfterCompletion() {
    }

    /** {@code then} gets true if the transaction committed, false if it rolled back. */
    public static void register(TransactionSynchronizationRegistry transactions, Consumer<Boolean> then) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                then.accept(status == Status.STATUS_COMMITTED);
            }
        });
    }
}
