package dev.kehu.eventstore;

import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeaders;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Publishes outbox rows to Kafka in id order and deletes them once the broker acknowledged them.
 * One relay at a time per database (a transaction-scoped advisory lock), so with several service
 * instances a client's messages still leave in the order they were written. A crash between the
 * broker's acknowledgement and the delete re-sends the batch: delivery is at-least-once and
 * consumers deduplicate by the CloudEvents id.
 */
public final class OutboxRelay {

    /** Advisory-lock key of the relay leader ("kehu-out"). */
    static final long LEADER_LOCK = 0x6b6568752d6f7574L;

    private static final TypeReference<Map<String, String>> HEADERS = new TypeReference<>() {
    };

    private final DataSource dataSource;
    private final Producer<String, byte[]> producer;
    private final ObjectMapper mapper;
    private final int batchSize;

    public OutboxRelay(DataSource dataSource, Producer<String, byte[]> producer, ObjectMapper mapper, int batchSize) {
        this.dataSource = dataSource;
        this.producer = producer;
        this.mapper = mapper;
        this.batchSize = batchSize;
    }

    /**
     * Publishes up to one batch.
     *
     * @return how many messages were published, 0 if none were waiting or another relay leads
     */
    public int relayOnce() throws SQLException, InterruptedException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                int published = relay(c);
                c.commit();
                return published;
            } catch (SQLException | RuntimeException | InterruptedException e) {
                c.rollback();
                throw e;
            }
        }
    }

    private int relay(Connection c) throws SQLException, InterruptedException {
        try (PreparedStatement lock = c.prepareStatement("select pg_try_advisory_xact_lock(?)")) {
            lock.setLong(1, LEADER_LOCK);
            try (ResultSet rs = lock.executeQuery()) {
                rs.next();
                if (!rs.getBoolean(1)) {
                    return 0;
                }
            }
        }
        List<Long> ids = new ArrayList<>();
        List<Future<RecordMetadata>> acks = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "select id, topic, record_key, headers, payload from es_outbox order by id limit ?")) {
            ps.setInt(1, batchSize);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                    byte[] key = rs.getBytes(3);
                    acks.add(producer.send(record(rs.getString(2), key == null ? null : new String(key, StandardCharsets.UTF_8),
                            rs.getString(4), rs.getBytes(5))));
                }
            }
        }
        if (ids.isEmpty()) {
            return 0;
        }
        producer.flush();
        for (Future<RecordMetadata> ack : acks) {
            try {
                ack.get();
            } catch (ExecutionException e) {
                throw new IllegalStateException("Kafka refused an outbox message", e.getCause());
            }
        }
        try (PreparedStatement del = c.prepareStatement("delete from es_outbox where id = any(?)")) {
            Array array = c.createArrayOf("bigint", ids.toArray());
            del.setArray(1, array);
            del.executeUpdate();
        }
        return ids.size();
    }

    private ProducerRecord<String, byte[]> record(String topic, String key, String headersJson, byte[] payload) {
        RecordHeaders headers = new RecordHeaders();
        try {
            mapper.readValue(headersJson, HEADERS)
                    .forEach((k, v) -> headers.add(k, v.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException("unreadable outbox headers " + headersJson, e);
        }
        return new ProducerRecord<>(topic, null, key, payload, headers);
    }

    /** How many messages wait to be published. */
    public long backlog() throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("select count(*) from es_outbox");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
