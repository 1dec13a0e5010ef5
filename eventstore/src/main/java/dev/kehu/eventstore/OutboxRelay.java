package dev.kehu.eventstore;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Publishes outbox rows to Kafka in id order and deletes them once the broker acknowledged them.
 * One relay at a time per database (a transaction-scoped advisory lock), so with several service
 * instances a client's messages still leave in the order they were written. A crash between the
 * broker's acknowledgement and the delete re-sends the batch: delivery is at-least-once and
 * consumers deduplicate by the CloudEvents id.
 *
 * <p>The producer takes the service's shared Kafka settings (in a Quarkus service the {@code kafka.*}
 * properties: bootstrap servers, security protocol, SASL, TLS) with the relay's own settings laid
 * over them: see {@link #producerConfig}.
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
    private final Listener listener;

    /**
     * Told what the relay published, once the broker acknowledged every record of a batch and the
     * rows' delete committed (a batch re-sent after a crash is reported once, by the run that
     * deleted it). Runs on the relay's thread: it must be quick and must not throw.
     */
    @FunctionalInterface
    public interface Listener {
        Listener NONE = records -> {
        };

        void published(List<ProducerRecord<String, byte[]>> records);
    }

    /**
     * What the relay's ordering and delivery guarantees rest on; laid over whatever the shared
     * settings say: every acknowledgement from all in-sync replicas, idempotence (a partition's
     * records stay in order across the producer's own retries), at most 5 requests in flight.
     */
    private static final Map<String, Object> REQUIRED = Map.of(
            ProducerConfig.ACKS_CONFIG, "all",
            ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true",
            ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "5",
            ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
            ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());

    /** The relay's tuning where the shared settings say nothing. */
    private static final Map<String, Object> DEFAULTS = Map.of(
            ProducerConfig.LINGER_MS_CONFIG, "2",
            ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4",
            ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "30000",
            ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "10000",
            ProducerConfig.MAX_BLOCK_MS_CONFIG, "10000");

    /**
     * The relay's producer settings: the shared Kafka settings ({@code bootstrap.servers},
     * {@code security.protocol}, {@code sasl.*}, {@code ssl.*}, any tuning), the relay's defaults
     * where they say nothing, and its delivery guarantees (acks, idempotence, serializers) over them.
     * Consumer-only settings (the group id Quarkus adds) are left out.
     *
     * @param kafka    the shared settings without the {@code kafka.} prefix, as Quarkus exposes them
     *                 under {@code @Identifier("default-kafka-broker")}
     * @param clientId the producer's client id
     */
    public static Map<String, Object> producerConfig(Map<String, ?> kafka, String clientId) {
        Map<String, Object> config = new HashMap<>(DEFAULTS);
        config.putAll(kafka);
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        if (config.get(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG) == null) {
            throw new IllegalArgumentException("no Kafka bootstrap servers configured (kafka.bootstrap.servers)");
        }
        config.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        config.putAll(REQUIRED);
        return config;
    }

    /** A producer for the relay on the shared Kafka settings; see {@link #producerConfig}. */
    public static KafkaProducer<String, byte[]> producer(Map<String, ?> kafka, String clientId) {
        return new KafkaProducer<>(producerConfig(kafka, clientId), new StringSerializer(), new ByteArraySerializer());
    }

    public OutboxRelay(DataSource dataSource, Producer<String, byte[]> producer, ObjectMapper mapper, int batchSize) {
        this(dataSource, producer, mapper, batchSize, Listener.NONE);
    }

    /** A relay that tells {@code listener} what it published (metrics). */
    public OutboxRelay(DataSource dataSource, Producer<String, byte[]> producer, ObjectMapper mapper, int batchSize,
                       Listener listener) {
        this.dataSource = dataSource;
        this.producer = producer;
        this.mapper = mapper;
        this.batchSize = batchSize;
        this.listener = listener;
    }

    /**
     * Publishes up to one batch.
     *
     * @return how many messages were published, 0 if none were waiting or another relay leads
     */
    public int relayOnce() throws SQLException, InterruptedException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            List<ProducerRecord<String, byte[]>> published;
            try {
                published = relay(c);
                c.commit();
            } catch (SQLException | RuntimeException | InterruptedException e) {
                c.rollback();
                throw e;
            }
            if (!published.isEmpty()) {
                listener.published(published);
            }
            return published.size();
        }
    }

    private List<ProducerRecord<String, byte[]>> relay(Connection c) throws SQLException, InterruptedException {
        try (PreparedStatement lock = c.prepareStatement("select pg_try_advisory_xact_lock(?)")) {
            lock.setLong(1, LEADER_LOCK);
            try (ResultSet rs = lock.executeQuery()) {
                rs.next();
                if (!rs.getBoolean(1)) {
                    return List.of();
                }
            }
        }
        List<Long> ids = new ArrayList<>();
        List<ProducerRecord<String, byte[]>> records = new ArrayList<>();
        List<Future<RecordMetadata>> acks = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "select id, topic, record_key, headers, payload from es_outbox order by id limit ?")) {
            ps.setInt(1, batchSize);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                    byte[] key = rs.getBytes(3);
                    ProducerRecord<String, byte[]> record = record(rs.getString(2),
                            key == null ? null : new String(key, StandardCharsets.UTF_8), rs.getString(4), rs.getBytes(5));
                    records.add(record);
                    acks.add(producer.send(record));
                }
            }
        }
        if (ids.isEmpty()) {
            return List.of();
        }
        producer.flush();
        for (Future<RecordMetadata> ack : acks) {
            try {
                ack.get();
            } catch (ExecutionException e) {
                throw new IllegalStateException("Kafka refused an outbox message", e.getCause());
            }
        }
        try (PreparedStatement del = c.prepareStatement("delete from es_outbox where " + KeyMatch.on("id", ids))) {
            KeyMatch.bind(c, del, 1, "bigint", ids);
            del.executeUpdate();
        }
        return records;
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
