package dev.kehu.eventstore.runtime;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Wakes this instance's outbox relay when a transaction that wrote to the outbox commits, so a message
 * leaves as soon as it can be read rather than at the relay's next poll. The poll
 * ({@code kehu.eventstore.relay.idle-wait}) stays: it finds what other instances wrote.
 */
@ApplicationScoped
public class RelayWakeUp {

    private static final Object REGISTERED = RelayWakeUp.class;

    private final Semaphore signal = new Semaphore(0);
    private final TransactionSynchronizationRegistry transactions;

    public RelayWakeUp(TransactionSynchronizationRegistry transactions) {
        this.transactions = transactions;
    }

    /** The outbox was written to: wake the relay once the current transaction commits (at once outside one). */
    public void afterCommit() {
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            wake();
            return;
        }
        if (transactions.getResource(REGISTERED) != null) {
            return;
        }
        transactions.putResource(REGISTERED, Boolean.TRUE);
        AfterCompletion.register(transactions, committed -> {
            if (committed) {
                wake();
            }
        });
    }

    void wake() {
        if (signal.availablePermits() == 0) {
            signal.release();
        }
    }

    /** Waits for a wake-up or {@code timeout}, whichever comes first. */
    void await(Duration timeout) throws InterruptedException {
        signal.tryAcquire(timeout.toNanos(), TimeUnit.NANOSECONDS);
        signal.drainPermits();
    }
}
