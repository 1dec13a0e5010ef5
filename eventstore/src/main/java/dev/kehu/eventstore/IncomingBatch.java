package dev.kehu.eventstore;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;

/**
 * Processes one polled batch in the caller's transaction: parses each record as a CloudEvent,
 * drops those whose id the consumer already processed, dead-letters the bad ones with the reason,
 * and hands the rest, in order, to the handler. Inbox, dead letters and effects commit together.
 */
public final class IncomingBatch {

    /** Turns a parsed event into the consumer's message, or says why it is invalid. */
    @FunctionalInterface
    public interface Decoder<T> {
        T decode(IncomingCloudEvent event) throws InvalidMessageException;
    }

    /** Applies the accepted messages of one batch. */
    @FunctionalInterface
    public interface Handler<T> {
        void handle(Connection c, List<Accepted<T>> accepted) throws SQLException;
    }

    public record Accepted<T>(IncomingCloudEvent event, T message) {

        /** What to store with the events this message causes (each message its own: docs/contract.md). */
        public EventMetadata metadata(String service) {
            return EventMetadata.causedBy(service, event);
        }
    }

    /**
     * What a batch did. {@code byTopic} splits it by the records' topics (a consumer of several
     * topics gets one batch): every record of the batch is counted there once, as accepted, a
     * duplicate (an id the inbox already held, or a redelivered unparsable record) or dead-lettered.
     */
    public record Outcome(int accepted, int duplicates, int deadLettered, Map<String, TopicCounts> byTopic) {

        public Outcome {
            byTopic = Map.copyOf(byTopic);
        }

        /** An outcome without a split by topic. */
        public Outcome(int accepted, int duplicates, int deadLettered) {
            this(accepted, duplicates, deadLettered, Map.of());
        }
    }

    /** One topic's share of a batch: {@code consumed} = every record of the topic in the batch. */
    public record TopicCounts(int consumed, int accepted, int duplicates, int deadLettered) {

        TopicCounts plus(TopicCounts o) {
            return new TopicCounts(consumed + o.consumed, accepted + o.accepted, duplicates + o.duplicates,
                    deadLettered + o.deadLettered);
        }

        /** Adds two splits by topic. */
        public static Map<String, TopicCounts> sum(Map<String, TopicCounts> a, Map<String, TopicCounts> b) {
            Map<String, TopicCounts> all = new LinkedHashMap<>(a);
            b.forEach((topic, counts) -> all.merge(topic, counts, TopicCounts::plus));
            return all;
        }
    }

    private final CloudEventParser parser;
    private final Inbox inbox;
    private final Outbox outbox;
    private final ConsumedOffsets offsets = new ConsumedOffsets();

    public IncomingBatch(CloudEventParser parser, Inbox inbox, Outbox outbox) {
        this.parser = parser;
        this.inbox = inbox;
        this.outbox = outbox;
    }

    /** Deduplicates by the inbox: every CloudEvents id the consumer processed is remembered. */
    public <T> Outcome process(Connection c, String consumer, List<ConsumerRecord<String, String>> records,
                               Decoder<T> decoder, Handler<T> handler) throws SQLException {
        return process(c, consumer, records, decoder, handler, false);
    }

    /**
     * Deduplicates by offset ({@link ConsumedOffsets}): the batch's partitions are locked, records below
     * the stored offsets are duplicates, and the offsets after the batch are stored with its effects. For
     * a consumer whose messages carry natural keys that make a re-sent copy (a new record with the same
     * content) change nothing; no inbox row is written.
     */
    public <T> Outcome processAtOffsets(Connection c, String consumer, List<ConsumerRecord<String, String>> records,
                                        Decoder<T> decoder, Handler<T> handler) throws SQLException {
        return process(c, consumer, records, decoder, handler, true);
    }

    /** The next offset to apply per partition once {@code records} are applied, never below {@code stored}. */
    static Map<TopicPartition, Long> after(List<ConsumerRecord<String, String>> records,
                                           Map<TopicPartition, Long> stored) {
        Map<TopicPartition, Long> next = new LinkedHashMap<>(stored);
        for (ConsumerRecord<String, String> r : records) {
            next.merge(ConsumedOffsets.partitionOf(r), r.offset() + 1, Math::max);
        }
        return next;
    }

    private static List<TopicPartition> partitions(List<ConsumerRecord<String, String>> records) {
        Set<TopicPartition> all = new java.util.LinkedHashSet<>();
        records.forEach(r -> all.add(ConsumedOffsets.partitionOf(r)));
        return List.copyOf(all);
    }

    private <T> Outcome process(Connection c, String consumer, List<ConsumerRecord<String, String>> records,
                                Decoder<T> decoder, Handler<T> handler, boolean byOffset) throws SQLException {
        Map<TopicPartition, Long> stored = byOffset ? offsets.lock(c, consumer, partitions(records)) : Map.of();
        Map<String, OutboxMessage> unparsable = new LinkedHashMap<>();
        Map<String, IncomingCloudEvent> events = new LinkedHashMap<>();
        Map<String, ConsumerRecord<String, String>> origins = new LinkedHashMap<>();
        int duplicates = 0;
        Map<String, int[]> byTopic = new LinkedHashMap<>();
        for (ConsumerRecord<String, String> record : records) {
            count(byTopic, record.topic(), CONSUMED);
            if (byOffset && ConsumedOffsets.applied(stored, record)) {
                duplicates++;
                count(byTopic, record.topic(), DUPLICATE);
                continue;
            }
            try {
                IncomingCloudEvent event = parser.parse(record);
                if (events.putIfAbsent(event.id(), event) == null) {
                    origins.put(event.id(), record);
                } else {
                    duplicates++;
                    count(byTopic, record.topic(), DUPLICATE);
                }
            } catch (InvalidMessageException e) {
                // no usable id: the record's coordinates keep a redelivery from dead-lettering it twice
                unparsable.put("record:" + record.topic() + "/" + record.partition() + "/" + record.offset(),
                        DeadLetters.of(record, consumer, e.getMessage()));
            }
        }
        List<OutboxMessage> deadLetters = new ArrayList<>();
        Set<String> freshBad = byOffset ? unparsable.keySet() : inbox.claim(c, consumer, unparsable.keySet());
        unparsable.forEach((id, deadLetter) -> {
            String topic = deadLetter.headers().get(DeadLetters.TOPIC);
            if (freshBad.contains(id)) {
                deadLetters.add(deadLetter);
                count(byTopic, topic, DEAD);
            } else {
                count(byTopic, topic, DUPLICATE);
            }
        });
        Set<String> fresh = byOffset ? events.keySet() : inbox.claim(c, consumer, events.keySet());
        List<Accepted<T>> accepted = new ArrayList<>();
        for (IncomingCloudEvent event : events.values()) {
            String topic = origins.get(event.id()).topic();
            if (!fresh.contains(event.id())) {
                duplicates++;
                count(byTopic, topic, DUPLICATE);
                continue;
            }
            try {
                accepted.add(new Accepted<>(event, decoder.decode(event)));
                count(byTopic, topic, ACCEPTED);
            } catch (InvalidMessageException e) {
                deadLetters.add(DeadLetters.of(origins.get(event.id()), consumer, e.getMessage()));
                count(byTopic, topic, DEAD);
            }
        }
        if (!accepted.isEmpty()) {
            handler.handle(c, accepted);
        }
        outbox.enqueue(c, deadLetters);
        if (byOffset) {
            offsets.store(c, consumer, after(records, stored));
        }
        Map<String, TopicCounts> split = new LinkedHashMap<>();
        byTopic.forEach((topic, n) -> split.put(topic, new TopicCounts(n[CONSUMED], n[ACCEPTED], n[DUPLICATE], n[DEAD])));
        return new Outcome(accepted.size(), duplicates, deadLetters.size(), split);
    }

    private static final int CONSUMED = 0;
    private static final int ACCEPTED = 1;
    private static final int DUPLICATE = 2;
    private static final int DEAD = 3;

    private static void count(Map<String, int[]> byTopic, String topic, int what) {
        byTopic.computeIfAbsent(topic == null ? "" : topic, t -> new int[4])[what]++;
    }
}
