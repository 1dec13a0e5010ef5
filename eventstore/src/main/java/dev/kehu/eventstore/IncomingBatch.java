package dev.kehu.eventstore;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecord;

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
    }

    public record Outcome(int accepted, int duplicates, int deadLettered) {
    }

    private final CloudEventParser parser;
    private final Inbox inbox;
    private final Outbox outbox;

    public IncomingBatch(CloudEventParser parser, Inbox inbox, Outbox outbox) {
        this.parser = parser;
        this.inbox = inbox;
        this.outbox = outbox;
    }

    public <T> Outcome process(Connection c, String consumer, List<ConsumerRecord<String, String>> records,
                               Decoder<T> decoder, Handler<T> handler) throws SQLException {
        Map<String, OutboxMessage> unparsable = new LinkedHashMap<>();
        Map<String, IncomingCloudEvent> events = new LinkedHashMap<>();
        Map<String, ConsumerRecord<String, String>> origins = new LinkedHashMap<>();
        int duplicates = 0;
        for (ConsumerRecord<String, String> record : records) {
            try {
                IncomingCloudEvent event = parser.parse(record);
                if (events.putIfAbsent(event.id(), event) == null) {
                    origins.put(event.id(), record);
                } else {
                    duplicates++;
                }
            } catch (InvalidMessageException e) {
                // no usable id: the record's coordinates keep a redelivery from dead-lettering it twice
                unparsable.put("record:" + record.topic() + "/" + record.partition() + "/" + record.offset(),
                        DeadLetters.of(record, consumer, e.getMessage()));
            }
        }
        List<OutboxMessage> deadLetters = new ArrayList<>();
        Set<String> freshBad = inbox.claim(c, consumer, unparsable.keySet());
        unparsable.forEach((id, deadLetter) -> {
            if (freshBad.contains(id)) {
                deadLetters.add(deadLetter);
            }
        });
        Set<String> fresh = inbox.claim(c, consumer, events.keySet());
        List<Accepted<T>> accepted = new ArrayList<>();
        for (IncomingCloudEvent event : events.values()) {
            if (!fresh.contains(event.id())) {
                duplicates++;
                continue;
            }
            try {
                accepted.add(new Accepted<>(event, decoder.decode(event)));
            } catch (InvalidMessageException e) {
                deadLetters.add(DeadLetters.of(origins.get(event.id()), consumer, e.getMessage()));
            }
        }
        if (!accepted.isEmpty()) {
            handler.handle(c, accepted);
        }
        outbox.enqueue(c, deadLetters);
        return new Outcome(accepted.size(), duplicates, deadLetters.size());
    }
}
