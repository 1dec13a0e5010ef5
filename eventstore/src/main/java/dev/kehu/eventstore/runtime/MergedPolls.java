package dev.kehu.eventstore.runtime;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

/**
 * A batch consumer whose every transaction takes <em>everything polled since the last one</em>, up to
 * {@code maxRecords}, instead of one poll at a time. Under a steady feed the connector's polling thread
 * returns small polls while a batch is being applied; worked one by one, each of them paid a whole
 * transaction's fixed cost and waited behind the others (a trade waited for up to two queued polls
 * before its own). Here each poll is handed over at once (in poll order, on the connector's thread)
 * and one worker thread applies whatever has accumulated as one batch, then acknowledges the polls it
 * took, so their offsets are committed only after their effects.
 *
 * <p>Back-pressure: while more than {@code maxRecords} wait, the hand-over of the next poll completes
 * only when the worker takes them, so the connector's own queue fills and it pauses the partitions.
 * A batch whose work throws is negatively acknowledged (the channel's failure strategy applies, as
 * for a method that throws).
 */
public final class MergedPolls implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(MergedPolls.class);

    /** A poll handed over: its records and how to acknowledge it (or say it failed). */
    public record Poll(List<ConsumerRecord<String, String>> records, Runnable ack, Consumer<Throwable> nack) {
    }

    private final int maxRecords;
    private final Consumer<List<ConsumerRecord<String, String>>> work;
    private final ArrayDeque<Poll> waiting = new ArrayDeque<>();
    private final Thread worker;
    private int waitingRecords;
    /** Completed when the waiting records drop to {@code maxRecords} or fewer (null when nobody waits for that). */
    private CompletableFuture<Void> room;
    private volatile boolean running = true;

    /**
     * @param name       the worker thread's name
     * @param maxRecords the most records one merged batch takes (a single larger poll is still taken whole)
     * @param work       applies one merged batch (in its own transaction) and returns when it committed
     */
    public MergedPolls(String name, int maxRecords, Consumer<List<ConsumerRecord<String, String>>> work) {
        this.maxRecords = maxRecords;
        this.work = work;
        this.worker = new Thread(this::loop, name);
        worker.setDaemon(true);
        worker.start();
    }

    /** Hands a polled batch over (in poll order); the stage completes when there is room for the next one. */
    public CompletionStage<Void> offer(Poll poll) {
        synchronized (this) {
            waiting.add(poll);
            waitingRecords += poll.records().size();
            notifyAll();
            if (waitingRecords <= maxRecords) {
                return CompletableFuture.completedFuture(null);
            }
            if (room == null) {
                room = new CompletableFuture<>();
            }
            return room;
        }
    }

    private void loop() {
        while (running) {
            List<Poll> taken = new ArrayList<>();
            CompletableFuture<Void> freed = null;
            synchronized (this) {
                while (waiting.isEmpty() && running) {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                int records = 0;
                while (!waiting.isEmpty() && (taken.isEmpty() || records + waiting.peek().records().size() <= maxRecords)) {
                    Poll p = waiting.poll();
                    records += p.records().size();
                    taken.add(p);
                }
                waitingRecords -= records;
                if (room != null && waitingRecords <= maxRecords) {
                    freed = room;
                    room = null;
                }
            }
            if (freed != null) {
                freed.complete(null);
            }
            if (taken.isEmpty()) {
                continue;
            }
            List<ConsumerRecord<String, String>> batch = new ArrayList<>();
            taken.forEach(p -> batch.addAll(p.records()));
            try {
                work.accept(batch);
            } catch (RuntimeException e) {
                if (!running) {
                    return; // shutting down: unacknowledged, so delivered again
                }
                LOG.errorf(e, "%s: a merged batch of %d records failed", worker.getName(), batch.size());
                taken.forEach(p -> p.nack().accept(e));
                continue;
            }
            taken.forEach(p -> p.ack().run());
        }
    }

    @Override
    public void close() {
        running = false;
        worker.interrupt();
        synchronized (this) {
            notifyAll();
        }
    }
}
