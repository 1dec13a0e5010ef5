package dev.kehu.eventstore.runtime;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** The relay's wait: a commit's wake-up ends it, paced; without one the poll does. */
class OutboxWakeupTest {

    private final OutboxWakeup wakeup = new OutboxWakeup(null);

    @Test
    void aWakeUpFromAnotherThreadEndsTheWaitLongBeforeThePoll() throws Exception {
        wakeup.roundStarts();
        Thread committer = new Thread(() -> {
            sleep(100);
            wakeup.wake();
        });
        committer.start();
        long waited = timed(() -> wakeup.await(Duration.ofSeconds(60), Duration.ZERO, System.nanoTime()));
        committer.join();
        assertTrue(waited >= 90 && waited < 30_000, "waited " + waited + " ms");
    }

    @Test
    void wakeUpsDuringARoundAreServedNotBeforeThePace() throws Exception {
        long started = System.nanoTime();
        wakeup.roundStarts();
        wakeup.wake();
        wakeup.wake();
        long waited = timed(() -> wakeup.await(Duration.ofSeconds(60), Duration.ofMillis(300), started));
        assertTrue(waited >= 250 && waited < 30_000, "waited " + waited + " ms");
    }

    @Test
    void withoutAWakeUpThePollEndsTheWait() throws Exception {
        wakeup.wake(); // before the round read the outbox: that round saw its messages
        wakeup.roundStarts();
        long waited = timed(() -> wakeup.await(Duration.ofMillis(300), Duration.ZERO, System.nanoTime()));
        assertTrue(waited >= 290, "waited " + waited + " ms");
    }

    @FunctionalInterface
    private interface Wait {
        void run() throws InterruptedException;
    }

    private static long timed(Wait wait) throws InterruptedException {
        long t0 = System.nanoTime();
        wait.run();
        return (System.nanoTime() - t0) / 1_000_000;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
