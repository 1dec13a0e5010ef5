package dev.kehu.eventstore;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Writes integration messages in the caller's transaction; {@link OutboxRelay} publishes them.
 * The trace context current when a message is written ({@code traceparent}, {@code tracestate})
 * is stored in its headers, so the relay sends it on and the consumer continues the trace.
 */
public final class Outbox {

    /** The W3C Trace Context headers. */
    public static final String TRACEPARENT = "traceparent";
    public static final String TRACESTATE = "tracestate";

    private final ObjectMapper mapper;
    private final Supplier<Map<String, String>> traceContext;
    private final Runnable written;

    public Outbox(ObjectMapper mapper) {
        this(mapper, Map::of);
    }

    public Outbox(ObjectMapper mapper, Supplier<Map<String, String>> traceContext) {
        this(mapper, traceContext, () -> {
        });
    }

    /**
     * @param traceContext the current trace context as W3C headers ({@code traceparent}, optionally
     *                     {@code tracestate}); empty when no span is current
     * @param written      told each time messages are written (the service wakes its relay when they commit)
     */
    public Outbox(ObjectMapper mapper, Supplier<Map<String, String>> traceContext, Runnable written) {
        this.mapper = mapper;
        this.traceContext = traceContext;
        this.written = written;
    }

    /** How many messages wait, and how long the oldest has waited. */
    public record Backlog(long messages, double oldestAgeSeconds) {
    }

    /** The outbox's backlog now (an empty outbox is 0 messages, 0 seconds old). */
    public static Backlog backlog(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select count(*), coalesce(extract(epoch from "
                + "clock_timestamp() - min(created_at)), 0) from es_outbox");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return new Backlog(rs.getLong(1), Math.max(0, rs.getDouble(2)));
        }
    }

    public void enqueue(Connection c, OutboxMessage message) throws SQLException {
        enqueue(c, List.of(message));
    }

    public void enqueue(Connection c, List<OutboxMessage> messages) throws SQLException {
        if (messages.isEmpty()) {
            return;
        }
        Map<String, String> trace = traceContext.get();
        try (PreparedStatement ps = c.prepareStatement(
                "insert into es_outbox (topic, record_key, headers, payload) values (?, ?, ?, ?)")) {
            for (OutboxMessage m : messages) {
                ps.setString(1, m.topic());
                ps.setBytes(2, m.key() == null ? null : m.key().getBytes(StandardCharsets.UTF_8));
                ps.setString(3, headersJson(m, trace));
                ps.setBytes(4, m.payload());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        written.run();
    }

    /** The message's headers; the current trace context unless the message carries one (a dead letter keeps its origin's). */
    private String headersJson(OutboxMessage m, Map<String, String> trace) {
        Map<String, String> headers = m.headers();
        if (!trace.isEmpty() && !headers.containsKey(TRACEPARENT)) {
            headers = new LinkedHashMap<>(headers);
            headers.putAll(trace);
        }
        try {
            return mapper.writeValueAsString(headers);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
