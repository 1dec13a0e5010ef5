package dev.kehu.eventstore.runtime;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.jboss.logging.Logger;

import dev.kehu.eventstore.ConsumedOffsets;
import dev.kehu.eventstore.DeadLetters;
import dev.kehu.eventstore.IncomingBatch;
import dev.kehu.eventstore.Outbox;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Runs a consumer's polled batch through {@link IncomingBatch} in one transaction, and keeps
 * going through trouble without losing a message: while the database is unavailable it retries
 * with back-off (the batch is not acknowledged, so Kafka keeps it); a batch that keeps failing for
 * another reason is split, and only the record that fails alone is dead-lettered with the error.
 */
@ApplicationScoped
public class KafkaBatches {

    private static final Logger LOG = Logger.getLogger(KafkaBatches.class);

    private final Db db;
    private final IncomingBatch incoming;
    private final Outbox outbox;
    private final EventStoreConfig config;
    private final KehuMetrics metrics;
    private final TraceContext traces;
    private final ConsumedOffsets offsets = new ConsumedOffsets();

    public KafkaBatches(Db db, IncomingBatch incoming, Outbox outbox, EventStoreConfig config, KehuMetrics metrics,
                        TraceContext traces) {
        this.db = db;
        this.incoming = incoming;
        this.outbox = outbox;
        this.config = config;
        this.metrics = metrics;
        this.traces = traces;
    }

    public <T> IncomingBatch.Outcome process(String consumer, ConsumerRecords<String, String> polled,
                                             IncomingBatch.Decoder<T> decoder, IncomingBatch.Handler<T> handler) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>(polled.count());
        polled.forEach(records::add);
        return process(consumer, records, decoder, handler);
    }

    public <T> IncomingBatch.Outcome process(String consumer, List<ConsumerRecord<String, String>> records,
                                             IncomingBatch.Decoder<T> decoder, IncomingBatch.Handler<T> handler) {
        return process(consumer, records, decoder, handler, false);
    }

    /**
     * As {@link #process}, deduplicating by the offsets stored with the effects instead of an inbox row
     * per message ({@link IncomingBatch#processAtOffsets}).
     */
    public <T> IncomingBatch.Outcome processAtOffsets(String consumer, List<ConsumerRecord<String, String>> records,
                                                      IncomingBatch.Decoder<T> decoder,
                                                      IncomingBatch.Handler<T> handler) {
        return process(consumer, records, decoder, handler, true);
    }

    private <T> IncomingBatch.Outcome process(String consumer, List<ConsumerRecord<String, String>> records,
                                              IncomingBatch.Decoder<T> decoder, IncomingBatch.Handler<T> handler,
                                              boolean byOffset) {
        int failures = 0;
        Duration backoff = Duration.ofMillis(100);
        while (true) {
            try {
                IncomingBatch.Outcome committed = traces.consuming(consumer, records, () -> db.inNewTransaction(
                        c -> byOffset ? incoming.processAtOffsets(c, consumer, records, decoder, handler)
                                : incoming.process(c, consumer, records, decoder, handler)));
                metrics.committed(committed);
                return committed;
            } catch (RuntimeException e) {
                if (DataAccessException.isTransient(e)) {
                    LOG.warnf("%s: batch of %d waits for the database (%s), retrying in %s", consumer, records.size(),
                            e.getMessage(), backoff);
                } else if (++failures >= config.consumer().attemptsBeforeIsolation()) {
                    if (records.size() == 1) {
                        deadLetter(consumer, records.get(0), e, byOffset);
                        IncomingBatch.Outcome dead = new IncomingBatch.Outcome(0, 0, 1,
                                Map.of(records.get(0).topic(), new IncomingBatch.TopicCounts(1, 0, 0, 1)));
                        metrics.committed(dead);
                        return dead;
                    }
                    LOG.warnf(e, "%s: batch of %d failed %d times, processing its records one by one", consumer,
                            records.size(), failures);
                    return isolate(consumer, records, decoder, handler, byOffset);
                } else {
                    LOG.warnf(e, "%s: batch of %d failed (attempt %d)", consumer, records.size(), failures);
                }
                sleep(backoff);
                backoff = doubled(backoff, config.consumer().maxBackoff());
            }
        }
    }

    private <T> IncomingBatch.Outcome isolate(String consumer, List<ConsumerRecord<String, String>> records,
                                              IncomingBatch.Decoder<T> decoder, IncomingBatch.Handler<T> handler,
                                              boolean byOffset) {
        int accepted = 0;
        int duplicates = 0;
        int dead = 0;
        Map<String, IncomingBatch.TopicCounts> byTopic = Map.of();
        for (ConsumerRecord<String, String> record : records) {
            IncomingBatch.Outcome one = process(consumer, List.of(record), decoder, handler, byOffset);
            accepted += one.accepted();
            duplicates += one.duplicates();
            dead += one.deadLettered();
            byTopic = IncomingBatch.TopicCounts.sum(byTopic, one.byTopic());
        }
        return new IncomingBatch.Outcome(accepted, duplicates, dead, byTopic);
    }

    private void deadLetter(String consumer, ConsumerRecord<String, String> record, RuntimeException e,
                            boolean byOffset) {
        LOG.errorf(e, "%s: dead-lettering %s-%d@%d after repeated failures", consumer, record.topic(),
                record.partition(), record.offset());
        String reason = "processing failed: " + e.getClass().getSimpleName() + ": " + e.getMessage();
        db.inNewTransaction(c -> {
            if (byOffset) {
                // dead-lettered once: the offset moves past it with the dead letter
                TopicPartition tp = ConsumedOffsets.partitionOf(record);
                if (ConsumedOffsets.applied(offsets.lock(c, consumer, List.of(tp)), record)) {
                    return null;
                }
                offsets.store(c, consumer, Map.of(tp, record.offset() + 1));
            }
            outbox.enqueue(c, DeadLetters.of(record, consumer, reason));
            return null;
        });
    }

    /** The next wait of a back-off: twice {@code backoff}, at most {@code max}. */
    static Duration doubled(Duration backoff, Duration max) {
        Duration twice = backoff.multipliedBy(2);
        return twice.compareTo(max) <= 0 ? twice : max;
    }

    static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
