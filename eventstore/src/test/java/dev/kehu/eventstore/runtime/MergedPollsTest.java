package dev.kehu.eventstore.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * The merging consumer, without a broker: polls handed over while a batch runs become the next batch, in
 * poll order and within the record limit; a poll is acknowledged only after its batch's work returned, and
 * only negatively when that work threw; the hand-over holds the connector back while too much waits.
 */
class MergedPollsTest {

    private static final long WAIT_SECONDS = 10;

    /** A work function that records each batch's offsets and holds the first batch until released. */
    private static final class Work implements Consumer<List<ConsumerRecord<String, String>>> {
        final BlockingQueue<List<Long>> batches = new LinkedBlockingQueue<>();
        final CountDownLatch firstStarted = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        volatile RuntimeException failWith;

        @Override
        public void accept(List<ConsumerRecord<String, String>> records) {
            firstStarted.countDown();
            await(release);
            batches.add(records.stream().map(ConsumerRecord::offset).toList());
            if (failWith != null) {
                throw failWith;
            }
        }

        List<Long> next() throws InterruptedException {
            List<Long> batch = batches.poll(WAIT_SECONDS, TimeUnit.SECONDS);
            assertTrue(batch != null, "no batch ran");
            return batch;
        }
    }

    /** Acknowledgements in the order they came: "ack 3" or "nack 3" for the poll starting at offset 3. */
    private final List<String> acks = Collections.synchronizedList(new ArrayList<>());

    private MergedPolls.Poll poll(long from, int count) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        for (long o = from; o < from + count; o++) {
            records.add(new ConsumerRecord<>("feed", 0, o, "client", "{}"));
        }
        return new MergedPolls.Poll(records, () -> acks.add("ack " + from), e -> acks.add("nack " + from + " " + e.getMessage()));
    }

    @Test
    void pollsThatArriveWhileABatchRunsBecomeTheNextBatchInOrderWithinTheLimit() throws Exception {
        Work work = new Work();
        try (MergedPolls merged = new MergedPolls("test", 5, work)) {
            merged.offer(poll(0, 1));
            assertTrue(work.firstStarted.await(WAIT_SECONDS, TimeUnit.SECONDS));
            // while the first batch runs: 2 + 2 fit in 5, the third poll's 2 would make 6
            merged.offer(poll(1, 2));
            merged.offer(poll(3, 2));
            merged.offer(poll(5, 2));
            work.release.countDown();

            assertEquals(List.of(0L), work.next());
            assertEquals(List.of(1L, 2L, 3L, 4L), work.next(), "two polls merged, in poll order");
            assertEquals(List.of(5L, 6L), work.next(), "the poll that did not fit runs next");
            awaitAcks(4);
            assertEquals(List.of("ack 0", "ack 1", "ack 3", "ack 5"), acks);
        }
    }

    @Test
    void aSinglePollLargerThanTheLimitIsTakenWhole() throws Exception {
        Work work = new Work();
        work.release.countDown();
        try (MergedPolls merged = new MergedPolls("test", 5, work)) {
            merged.offer(poll(0, 8));
            assertEquals(List.of(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L), work.next());
            awaitAcks(1);
        }
    }

    @Test
    void aBatchWhoseWorkThrowsIsNegativelyAcknowledgedAndNeverAcknowledged() throws Exception {
        Work work = new Work();
        work.failWith = new IllegalStateException("database away");
        try (MergedPolls merged = new MergedPolls("test", 5, work)) {
            merged.offer(poll(0, 1));
            assertTrue(work.firstStarted.await(WAIT_SECONDS, TimeUnit.SECONDS));
            merged.offer(poll(1, 2));
            work.release.countDown();
            work.next();
            work.next();
            awaitAcks(2);
            assertEquals(List.of("nack 0 database away", "nack 1 database away"), acks);
        }
    }

    @Test
    void theHandOverWaitsWhileMoreThanTheLimitWaitsAndCompletesWhenTheWorkerTakesThem() throws Exception {
        Work work = new Work();
        try (MergedPolls merged = new MergedPolls("test", 3, work)) {
            merged.offer(poll(0, 1));
            assertTrue(work.firstStarted.await(WAIT_SECONDS, TimeUnit.SECONDS));
            CompletionStage<Void> fits = merged.offer(poll(1, 3));
            CompletionStage<Void> over = merged.offer(poll(4, 1));
            assertTrue(fits.toCompletableFuture().isDone(), "3 waiting records are within the limit");
            assertFalse(over.toCompletableFuture().isDone(), "4 waiting records hold the connector back");

            work.release.countDown();
            over.toCompletableFuture().get(WAIT_SECONDS, TimeUnit.SECONDS);
            assertEquals(List.of(0L), work.next());
            assertEquals(List.of(1L, 2L, 3L), work.next());
            assertEquals(List.of(4L), work.next());
            awaitAcks(3);
            assertEquals(List.of("ack 0", "ack 1", "ack 4"), acks);
        }
    }

    private void awaitAcks(int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (acks.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertEquals(count, acks.size(), "acknowledgements: " + acks);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
