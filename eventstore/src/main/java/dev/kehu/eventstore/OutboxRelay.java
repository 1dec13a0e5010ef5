package dev.kehu.eventstore;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Publishes outbox rows to Kafka in id order and deletes them once the broker acknowledged them.
 * One relay at a time per database (a transaction-scoped advisory lock), so with several service
 * instances a client's messages still leave in the order they were written. A crash between the
 * broker's acknowledgement and the delete re-sends the batch: delivery is at-least-once and
 * consumers deduplicate by the CloudEvents id.
 *
 * <p>A message the broker can never take ({@link Poison}: too large, an invalid topic, a topic still
 * missing after {@code missingTopicGrace}, ...) is <em>parked</em>: moved to {@code es_outbox_parked}
 * with the reason, in the transaction that deletes it from the outbox, and the relay goes on with the
 * rest. Its client's later messages still go out (a client's order holds for what is published; the
 * parked message waits to be re-driven by an operator: docs/operations-messaging.md). Any other
 * failure (broker away, authentication refused) rolls the round back and is retried, as before.
 *
 * <p>The producer takes the service's shared Kafka settings (in a Quarkus service the {@code kafka.*}
 * properties: bootstrap servers, security protocol, SASL, TLS) with the relay's own settings laid
 * over them: see {@link #producerConfig}.
 */
public final class OutboxRelay {

    /** Advisory-lock key of the relay leader ("kehu-out"). */
    static final long LEADER_LOCK = 0x6b6568752d6f7574L;

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private static final TypeReference<Map<String, String>> HEADERS = new TypeReference<>() {
    };

    private final DataSource dataSource;
    private final Producer<String, byte[]> producer;
    private final ObjectMapper mapper;
    private final int batchSize;
    private final Listener listener;
    private final TopicCheck topics;
    private final Duration missingTopicGrace;
    /** Topics the broker said do not exist, and since when (nanoTime); re-asked every round. */
    private final Map<String, Long> missingSince = new HashMap<>();

    /** A message moved to {@code es_outbox_parked}: its outbox id, topic, key and why. */
    public record Parked(long id, String topic, String key, String reason) {
    }

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

        /** Told what the relay parked, once the move to {@code es_outbox_parked} committed. */
        default void parked(List<Parked> parked) {
        }
    }

    /** Whether a topic exists, as the broker says: asked only when a send failed for want of the topic. */
    @FunctionalInterface
    public interface TopicCheck {

        /** Never says a topic is missing: a missing topic is retried for ever (no admin client at hand). */
        TopicCheck ASSUME_EXISTS = topic -> true;

        /** @throws Exception when the broker could not be asked (then nothing is parked) */
        boolean exists(String topic) throws Exception;

        /** Asks through an admin client, waiting at most {@code timeout}. */
        static TopicCheck admin(Admin admin, Duration timeout) {
            return topic -> {
                try {
                    admin.describeTopics(List.of(topic)).allTopicNames().get(timeout.toMillis(),
                            java.util.concurrent.TimeUnit.MILLISECONDS);
                    return true;
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                        return false;
                    }
                    throw e;
                }
            };
        }
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

    /** A relay that tells {@code listener} what it published (metrics); a missing topic is retried for ever. */
    public OutboxRelay(DataSource dataSource, Producer<String, byte[]> producer, ObjectMapper mapper, int batchSize,
                       Listener listener) {
        this(dataSource, producer, mapper, batchSize, listener, TopicCheck.ASSUME_EXISTS, Duration.ZERO);
    }

    /**
     * A relay that also parks the messages of a topic {@code topics} says is missing, once it has
     * been missing for {@code missingTopicGrace} (until then the relay waits, as for a broker outage).
     */
    public OutboxRelay(DataSource dataSource, Producer<String, byte[]> producer, ObjectMapper mapper, int batchSize,
                       Listener listener, TopicCheck topics, Duration missingTopicGrace) {
        this.dataSource = dataSource;
        this.producer = producer;
        this.mapper = mapper;
        this.batchSize = batchSize;
        this.listener = listener;
        this.topics = topics;
        this.missingTopicGrace = missingTopicGrace;
    }

    /** What one round took out of the outbox. */
    private record Round(List<ProducerRecord<String, byte[]>> published, List<Parked> parked) {
        static final Round NOTHING = new Round(List.of(), List.of());
    }

    /** An outbox row read for sending. */
    private record Row(long id, String topic, String key, String headers, byte[] payload) {
    }

    /**
     * Publishes up to one batch, parking the messages the broker can never take.
     *
     * @return how many messages left the outbox (published or parked), 0 if none were waiting or
     *         another relay leads
     * @throws IllegalStateException when the broker refused a message for a reason that may pass
     *                               (nothing of the round is deleted: it is sent again)
     */
    public int relayOnce() throws SQLException, InterruptedException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            Round round;
            try {
                round = relay(c);
                c.commit();
            } catch (SQLException | RuntimeException | InterruptedException e) {
                c.rollback();
                throw e;
            }
            if (!round.published().isEmpty()) {
                listener.published(round.published());
            }
            if (!round.parked().isEmpty()) {
                for (Parked p : round.parked()) {
                    LOG.errorf("outbox message %d for %s (key %s) parked in es_outbox_parked: %s", p.id(), p.topic(),
                            p.key(), p.reason());
                }
                listener.parked(round.parked());
            }
            return round.published().size() + round.parked().size();
        }
    }

    private Round relay(Connection c) throws SQLException, InterruptedException {
        try (PreparedStatement lock = c.prepareStatement("select pg_try_advisory_xact_lock(?)")) {
            lock.setLong(1, LEADER_LOCK);
            try (ResultSet rs = lock.executeQuery()) {
                rs.next();
                if (!rs.getBoolean(1)) {
                    return Round.NOTHING;
                }
            }
        }
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "select id, topic, record_key, headers, payload from es_outbox order by id limit ?")) {
            ps.setInt(1, batchSize);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    byte[] key = rs.getBytes(3);
                    rows.add(new Row(rs.getLong(1), rs.getString(2),
                            key == null ? null : new String(key, StandardCharsets.UTF_8), rs.getString(4), rs.getBytes(5)));
                }
            }
        }
        if (rows.isEmpty()) {
            return Round.NOTHING;
        }
        askAgainAboutMissingTopics();
        Map<Row, Future<RecordMetadata>> sent = new LinkedHashMap<>();
        Map<Row, ProducerRecord<String, byte[]>> records = new HashMap<>();
        Map<Row, String> parked = new LinkedHashMap<>();
        for (Row row : rows) {
            String missing = missingTopic(row.topic());
            if (missing != null) {
                parked.put(row, missing);
                continue;
            }
            ProducerRecord<String, byte[]> record;
            try {
                record = record(row);
            } catch (IllegalArgumentException e) {
                parked.put(row, e.getMessage());
                continue;
            }
            Future<RecordMetadata> ack;
            try {
                ack = producer.send(record);
            } catch (KafkaException e) {
                String poison = Poison.reason(e);
                if (poison == null) {
                    throw e;
                }
                parked.put(row, poison);
                continue;
            }
            // a send that could not even start (no metadata for the topic after max.block.ms) fails at once:
            // decided now, so the rest of the topic's rows do not each wait max.block.ms again
            if (ack.isDone() && failure(row, ack, parked)) {
                continue;
            }
            sent.put(row, ack);
            records.put(row, record);
        }
        producer.flush();
        List<ProducerRecord<String, byte[]>> published = new ArrayList<>();
        for (Map.Entry<Row, Future<RecordMetadata>> s : sent.entrySet()) {
            if (!failure(s.getKey(), s.getValue(), parked)) {
                published.add(records.get(s.getKey()));
            }
        }
        List<Long> done = new ArrayList<>();
        rows.forEach(r -> done.add(r.id()));
        if (!parked.isEmpty()) {
            park(c, parked);
        }
        try (PreparedStatement del = c.prepareStatement("delete from es_outbox where " + KeyMatch.on("id", done))) {
            KeyMatch.bind(c, del, 1, "bigint", done);
            del.executeUpdate();
        }
        List<Parked> out = new ArrayList<>();
        parked.forEach((row, reason) -> out.add(new Parked(row.id(), row.topic(), row.key(), reason)));
        return new Round(published, out);
    }

    /**
     * Waits for a send's acknowledgement: false when the broker took it; true when the message is
     * parked (added to {@code parked}) because the broker can never take it.
     *
     * @throws IllegalStateException for a failure that may pass: the round is rolled back and retried
     */
    private boolean failure(Row row, Future<RecordMetadata> ack, Map<Row, String> parked) throws InterruptedException {
        try {
            ack.get();
            return false;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            String poison = Poison.reason(cause);
            if (poison == null && Poison.topicMissing(cause)) {
                poison = topicMissingFor(row.topic(), cause);
            }
            if (poison == null) {
                throw new IllegalStateException("Kafka refused an outbox message", cause);
            }
            parked.put(row, poison);
            return true;
        }
    }

    /** The broker's word on a topic a send found no metadata for: park past the grace, else wait and retry. */
    private String topicMissingFor(String topic, Throwable cause) {
        boolean exists;
        try {
            exists = topics.exists(topic);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted asking whether topic " + topic + " exists", e);
        } catch (Exception e) {
            throw new IllegalStateException("Kafka refused an outbox message and could not say whether topic "
                    + topic + " exists", cause);
        }
        if (exists) {
            throw new IllegalStateException("Kafka refused an outbox message", cause);
        }
        missingSince.putIfAbsent(topic, System.nanoTime());
        String reason = missingTopic(topic);
        if (reason == null) {
            throw new IllegalStateException("topic " + topic + " does not exist; its messages are parked if it is "
                    + "still missing after " + missingTopicGrace, cause);
        }
        return reason;
    }

    /**
     * For a topic the broker said is missing: the reason to park its messages once the grace is over,
     * null while it is not known missing.
     *
     * @throws IllegalStateException while it is missing within the grace (the round waits and retries)
     */
    private String missingTopic(String topic) {
        Long since = missingSince.get(topic);
        if (since == null) {
            return null;
        }
        Duration missing = Duration.ofNanos(System.nanoTime() - since);
        if (missing.compareTo(missingTopicGrace) < 0) {
            throw new IllegalStateException("topic " + topic + " does not exist; its messages are parked if it is "
                    + "still missing after " + missingTopicGrace);
        }
        return "topic " + topic + " does not exist (missing for " + missing.toSeconds() + " s)";
    }

    /** Topics said missing before may have been created since: asked again once a round. */
    private void askAgainAboutMissingTopics() {
        for (String topic : List.copyOf(missingSince.keySet())) {
            try {
                if (topics.exists(topic)) {
                    missingSince.remove(topic);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted asking whether topic " + topic + " exists", e);
            } catch (Exception e) {
                throw new IllegalStateException("could not ask the broker whether topic " + topic + " exists", e);
            }
        }
    }

    /** Copies the rows to es_outbox_parked with their reasons (the caller deletes them from the outbox). */
    private static void park(Connection c, Map<Row, String> parked) throws SQLException {
        Columns rows = new Columns(2);
        parked.forEach((row, reason) -> rows.add(row.id(), reason));
        rows.execute(c, "insert into es_outbox_parked (id, topic, record_key, headers, payload, created_at, reason) "
                + "select o.id, o.topic, o.record_key, o.headers, o.payload, o.created_at, p.reason from es_outbox o "
                + "join unnest(?::bigint[], ?::text[]) as p(id, reason) on o.id = p.id on conflict (id) do nothing");
    }

    private ProducerRecord<String, byte[]> record(Row row) {
        RecordHeaders headers = new RecordHeaders();
        try {
            mapper.readValue(row.headers(), HEADERS)
                    .forEach((k, v) -> headers.add(k, v.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalArgumentException("unreadable outbox headers: " + e.getMessage(), e);
        }
        return new ProducerRecord<>(row.topic(), null, row.key(), row.payload(), headers);
    }
}
