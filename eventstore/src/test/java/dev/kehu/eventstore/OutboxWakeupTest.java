package dev.kehu.eventstore;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The relay's wake-up on the real PostgreSQL: a committed enqueue wakes it, a rolled-back one does not. */
class OutboxWakeupTest {

    private static final Outbox OUTBOX = new Outbox(TestEvents.codec().mapper());
    private static DataSource ds;

    @BeforeAll
    static void database() {
        ds = TestDatabase.create("es_wakeup");
    }

    private static void enqueue(boolean commit, int messages) throws Exception {
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            for (int i = 0; i < messages; i++) {
                OUTBOX.enqueue(c, CloudEvents.binary("test.wakeup", "/test", "test.sequence.v1", "C1", UUID.randomUUID(),
                        Instant.now(), "{\"clientId\":\"C1\",\"seq\":" + i + "}", null));
            }
            if (commit) {
                c.commit();
            } else {
                c.rollback();
            }
        }
    }

    @Test
    void aCommittedEnqueueWakesTheRelayAndARolledBackOneDoesNot() throws Exception {
        try (OutboxWakeup wakeup = new OutboxWakeup(ds)) {
            assertFalse(wakeup.await(Duration.ofMillis(50)), "nothing enqueued yet");

            enqueue(false, 3);
            assertFalse(wakeup.await(Duration.ofMillis(500)), "a rolled-back enqueue wakes nobody");

            enqueue(true, 3);
            assertTrue(wakeup.await(Duration.ofSeconds(30)), "a committed enqueue wakes the relay");
            assertFalse(wakeup.await(Duration.ofMillis(500)), "one transaction, one wake-up, however many messages");
        }
    }

    @Test
    void aCommitDuringTheWaitEndsIt() throws Exception {
        try (OutboxWakeup wakeup = new OutboxWakeup(ds)) {
            wakeup.await(Duration.ofMillis(1)); // listening from here on
            Thread writer = new Thread(() -> {
                try {
                    Thread.sleep(200);
                    enqueue(true, 1);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            writer.start();
            assertTrue(wakeup.await(Duration.ofSeconds(60)), "woken by the commit, not by the minute running out");
            writer.join();
        }
    }

    @Test
    void aLostConnectionFallsBackToAPauseAndListensAgain() throws Exception {
        try (OutboxWakeup wakeup = new OutboxWakeup(ds)) {
            wakeup.await(Duration.ofMillis(1));
            TestDatabase.inTransaction(ds, c -> {
                try (var s = c.createStatement()) {
                    s.execute("select pg_terminate_backend(pid) from pg_stat_activity where query like 'listen %' "
                            + "and datname = current_database()");
                }
                return null;
            });
            assertFalse(wakeup.await(Duration.ofMillis(100)), "the lost connection is a plain pause");
            wakeup.await(Duration.ofMillis(1)); // listens anew
            enqueue(true, 1);
            assertTrue(wakeup.await(Duration.ofSeconds(30)), "listening again after the loss");
        }
    }
}
