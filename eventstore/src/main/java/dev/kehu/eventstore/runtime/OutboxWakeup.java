package dev.kehu.eventstore.runtime;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Wakes this instance's outbox relay when a transaction that wrote outbox messages commits, so
 * they leave at once instead of at the relay's next poll. One wake-up per transaction, none for a
 * rollback; wake-ups that come while the relay is busy are served together by its next round, and
 * rounds a wake-up starts are at least {@code kehu.eventstore.relay.pace} apart, so frequent small
 * commits (REST submissions) still share rounds. (A {@code LISTEN/NOTIFY} wake-up, one round per
 * commit, measured slower for REST submissions and was reverted.) Messages another instance writes
 * wait for this relay's poll, or are sent by that instance's relay when it gets the lead.
 */
@ApplicationScoped
public class OutboxWakeup {

    /** Marks a transaction whose commit already wakes the relay. */
    private static final Object REGISTERED = new Object();

    private final TransactionSynchronizationRegistry transactions;
    private final AtomicBoolean pending = new AtomicBoolean();
    private volatile Thread relay;
    /** Holds no state of a transaction's: one instance serves them all. */
    private final Synchronization wakeOnCommit = new Synchronization() {
        @Override
        public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
                wake();
            }
        }

        @Override
        public void beforeCompletion() {
            // the rows are not visible to the relay before the commit
        }
    };

    public OutboxWakeup(TransactionSynchronizationRegistry transactions) {
        this.transactions = transactions;
    }

    /** Outbox messages were written on the current transaction (or committed already, outside one). */
    public void enqueued() {
        if (transactions.getTransactionStatus() == Status.STATUS_NO_TRANSACTION) {
            wake();
            return;
        }
        if (transactions.getResource(REGISTERED) != null) {
            return;
        }
        transactions.putResource(REGISTERED, Boolean.TRUE);
        transactions.registerInterposedSynchronization(wakeOnCommit);
    }

    void wake() {
        if (!pending.getAndSet(true)) {
            Thread waiting = relay;
            if (waiting != null) {
                LockSupport.unpark(waiting);
            }
        }
    }

    /** Called by the relay's thread before a round reads the outbox: a commit from now on wakes it again. */
    void roundStarts() {
        relay = Thread.currentThread();
        pending.set(false);
    }

    /**
     * Waits on the relay's thread for a commit's wake-up or, failing one, for {@code poll}; once woken,
     * not before {@code pace} after {@code roundStarted} (a {@link System#nanoTime}), so that commits
     * close together share a round.
     */
    void await(Duration poll, Duration pace, long roundStarted) throws InterruptedException {
        parkUntil(System.nanoTime() + poll.toNanos(), true);
        if (pending.get()) {
            parkUntil(roundStarted + pace.toNanos(), false);
        }
    }

    private void parkUntil(long deadline, boolean untilWoken) throws InterruptedException {
        for (long left = deadline - System.nanoTime(); left > 0 && !(untilWoken && pending.get());
             left = deadline - System.nanoTime()) {
            LockSupport.parkNanos(this, left);
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
        }
    }
}
