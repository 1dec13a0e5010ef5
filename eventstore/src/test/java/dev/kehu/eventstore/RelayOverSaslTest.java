package dev.kehu.eventstore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.kehu.testsupport.EmbeddedKafkaBroker;
import dev.kehu.testsupport.KafkaTestClient;

/**
 * The relay on a broker that wants a SASL/PLAIN login: given the shared Kafka settings a service
 * sets as {@code kafka.security.protocol}, {@code kafka.sasl.mechanism} and {@code kafka.sasl.jaas.config}
 * (the map Quarkus hands the relay), it logs in and publishes; with a wrong password it is refused
 * and the outbox keeps the message.
 */
class RelayOverSaslTest {

    private static final String TOPIC = "test.relay.sasl";
    private static final EventCodec CODEC = TestEvents.codec();
    private static final Outbox OUTBOX = new Outbox(CODEC.mapper());

    private static EmbeddedKafkaBroker broker;
    private static DataSource ds;

    @BeforeAll
    static void setUp() {
        broker = EmbeddedKafkaBroker.startEphemeralWithSasl(Map.of("relay", "relay-secret"));
        broker.createTopics(List.of(TOPIC), 2);
        ds = TestDatabase.create("es_sasl");
    }

    @AfterAll
    static void tearDown() {
        if (broker != null) {
            broker.close();
        }
    }

    /** The shared settings as Quarkus exposes them: the {@code kafka.} prefix taken off. */
    private static Map<String, Object> sharedKafkaSettings(String user, String password) {
        Map<String, Object> settings = new HashMap<>();
        broker.saslClientConfig(user, password).forEach((k, v) -> settings.put(k, String.valueOf(v)));
        settings.put("group.id", "profiling-service");
        return settings;
    }

    private static void enqueue(String client, int seq) throws SQLException {
        TestDatabase.inTransaction(ds, c -> {
            OUTBOX.enqueue(c, CloudEvents.binary(TOPIC, "/test", "test.sequence.v1", client, UUID.randomUUID(),
                    Instant.now(), "{\"clientId\":\"" + client + "\",\"seq\":" + seq + "}", "corr-" + seq));
            return null;
        });
    }

    private static long outboxSize() throws SQLException {
        return TestDatabase.inTransaction(ds, c -> {
            try (PreparedStatement ps = c.prepareStatement("select count(*) from es_outbox");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    @Test
    void theRelayLogsInWithTheSharedSaslSettingsAndPublishes() throws Exception {
        enqueue("C-S1", 1);
        enqueue("C-S2", 2);

        try (KafkaProducer<String, byte[]> producer = OutboxRelay.producer(sharedKafkaSettings("relay", "relay-secret"),
                "outbox-relay-sasl-test")) {
            OutboxRelay relay = new OutboxRelay(ds, producer, CODEC.mapper(), 100);
            assertEquals(2, relay.relayOnce());
        }

        assertEquals(0, outboxSize());
        try (KafkaTestClient reader = new KafkaTestClient(broker.bootstrapServers())) {
            List<ConsumerRecord<String, String>> records = reader.readUntil(TOPIC, Duration.ofSeconds(30),
                    all -> all.size() >= 2);
            assertEquals(List.of("C-S1", "C-S2"), records.stream().map(ConsumerRecord::key).sorted().toList());
            assertEquals("test.sequence.v1", KafkaTestClient.header(records.get(0), "ce_type"));
        }
    }

    @Test
    void withAWrongPasswordTheBrokerRefusesTheRelayAndTheOutboxKeepsTheMessage() throws Exception {
        enqueue("C-S3", 3);
        long waiting = outboxSize();

        try (KafkaProducer<String, byte[]> producer = OutboxRelay.producer(sharedKafkaSettings("relay", "wrong"),
                "outbox-relay-sasl-test-wrong")) {
            OutboxRelay relay = new OutboxRelay(ds, producer, CODEC.mapper(), 100);
            RuntimeException refused = assertThrows(RuntimeException.class, relay::relayOnce);
            assertTrue(causedBy(refused, SaslAuthenticationException.class), () -> "not an authentication failure: " + refused);
        }
        assertEquals(waiting, outboxSize(), "a refused batch stays in the outbox");
        assertFalse(waiting == 0);
    }

    private static boolean causedBy(Throwable t, Class<? extends Throwable> type) {
        for (Throwable e = t; e != null; e = e.getCause()) {
            if (type.isInstance(e)) {
                return true;
            }
        }
        return false;
    }
}
