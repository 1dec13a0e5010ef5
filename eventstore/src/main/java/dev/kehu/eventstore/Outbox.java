package dev.kehu.eventstore;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Writes integration messages in the caller's transaction; {@link OutboxRelay} publishes them. */
public final class Outbox {

    private final ObjectMapper mapper;

    public Outbox(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public void enqueue(Connection c, OutboxMessage message) throws SQLException {
        enqueue(c, List.of(message));
    }

    public void enqueue(Connection c, List<OutboxMessage> messages) throws SQLException {
        if (messages.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(
                "insert into es_outbox (topic, record_key, headers, payload) values (?, ?, ?, ?)")) {
            for (OutboxMessage m : messages) {
                ps.setString(1, m.topic());
                ps.setBytes(2, m.key() == null ? null : m.key().getBytes(StandardCharsets.UTF_8));
                ps.setString(3, headersJson(m));
                ps.setBytes(4, m.payload());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private String headersJson(OutboxMessage m) {
        try {
            return mapper.writeValueAsString(m.headers());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
