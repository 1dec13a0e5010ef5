package dev.kehu.eventstore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.kehu.testsupport.KafkaTestClient;
import dev.kehu.testsupport.KehuInfra;

/** The outbox relay, the inbox and dead letters against the real broker and PostgreSQL. */
class OutboxAndInboxTest {

    private static DataSource ds;
    private static KafkaProducer<String, byte[]> producer;
    private static KafkaTestClient kafka;
    private static final EventCodec CODEC = TestEvents.codec();
    private static final Outbox OUTBOX = new Outbox(CODEC.mapper());
    private static final IncomingBatch INCOMING = new IncomingBatch(new CloudEventParser(CODEC.mapper()), new Inbox(), OUTBOX);

    @BeforeAll
    static void setUp() {
        ds = TestDatabase.create("es_outbox");
        String bootstrap = KehuInfra.get().kafka().bootstrapServers();
        // created up front rather than on first use: auto-creation under load can leave a partition leaderless for a while
        KehuInfra.get().kafka().createTopics(List.of("test.relay.order", "test.relay.crash", "test.relay.leader",
                "test.incoming", "test.incoming.dlq", "test.incoming.nul", "test.incoming.nul.dlq"), 4);
        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
        kafka = new KafkaTestClient(bootstrap);
    }

    @AfterAll
    static void tearDown() {
        producer.close();
        kafka.close();
    }

    private static OutboxMessage event(String topic, String client, int seq) {
        return CloudEvents.binary(topic, "/test", "test.sequence.v1", client, UUID.randomUUID(), Instant.now(),
                "{\"clientId\":\"" + client + "\",\"seq\":" + seq + "}", "corr-" + seq);
    }

    private static long outboxSize() throws SQLException {
        return TestDatabase.inTransaction(ds, c -> {
            try (PreparedStatement ps = c.prepareStatement("select count(*) from es_outbox"); ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private static void drain(OutboxRelay relay) throws Exception {
        while (relay.relayOnce() > 0) {
            // keep going until the outbox is empty
        }
    }

    @Test
    void relayPublishesCloudEventsKeyedByClientInOrderAndEmptiesTheOutbox() throws Exception {
        String topic = "test.relay.order";
        List<String> clients = List.of("C-A", "C-B", "C-C");
        TestDatabase.inTransaction(ds, c -> {
            List<OutboxMessage> messages = new ArrayList<>();
            for (int i = 0; i < 90; i++) {
                messages.add(event(topic, clients.get(i % 3), i));
            }
            OUTBOX.enqueue(c, messages);
            return null;
        });

        drain(new OutboxRelay(ds, producer, CODEC.mapper(), 25));

        List<ConsumerRecord<String, String>> records = kafka.readUntil(topic, Duration.ofSeconds(30), all -> all.size() >= 90);
        assertEquals(90, records.size());
        for (String client : clients) {
            List<Integer> seqs = records.stream().filter(r -> client.equals(r.key()))
                    .map(r -> Integer.parseInt(r.value().replaceAll(".*\"seq\":(\\d+).*", "$1"))).toList();
            assertEquals(30, seqs.size());
            for (int i = 1; i < seqs.size(); i++) {
                assertTrue(seqs.get(i - 1) < seqs.get(i), client + " out of order: " + seqs);
            }
        }
        ConsumerRecord<String, String> first = records.get(0);
        assertEquals("1.0", KafkaTestClient.header(first, "ce_specversion"));
        assertEquals("test.sequence.v1", KafkaTestClient.header(first, "ce_type"));
        assertEquals(first.key(), KafkaTestClient.header(first, "ce_subject"));
        assertEquals("application/json", KafkaTestClient.header(first, "content-type"));
        assertEquals(0, outboxSize());
    }

    @Test
    void aCrashBetweenPublishAndDeleteRepublishesTheSameIdsAndTheInboxAppliesThemOnce() throws Exception {
        String topic = "test.relay.crash";
        TestDatabase.inTransaction(ds, c -> {
            OUTBOX.enqueue(c, List.of(event(topic, "C-X", 1), event(topic, "C-X", 2), event(topic, "C-Y", 3)));
            return null;
        });

        OutboxRelay crashing = new OutboxRelay(failingOnDelete(ds), producer, CODEC.mapper(), 100);
        assertThrows(SQLException.class, crashing::relayOnce);
        assertEquals(3, outboxSize(), "nothing may be lost when the relay dies after publishing");

        drain(new OutboxRelay(ds, producer, CODEC.mapper(), 100));
        assertEquals(0, outboxSize());
        List<ConsumerRecord<String, String>> delivered = kafka.readUntil(topic, Duration.ofSeconds(30), all -> all.size() >= 6);
        assertEquals(6, delivered.size(), "at-least-once: the crashed batch went out twice");
        assertEquals(3, delivered.stream().map(r -> KafkaTestClient.header(r, "ce_id")).distinct().count());

        Map<String, Integer> applied = new LinkedHashMap<>();
        IncomingBatch.Outcome outcome = TestDatabase.inTransaction(ds, c -> INCOMING.process(c, "crash-consumer", delivered,
                e -> e.data().get("seq").asInt(),
                (conn, accepted) -> accepted.forEach(a -> applied.merge(a.event().id(), 1, Integer::sum))));
        assertEquals(3, outcome.accepted());
        assertEquals(3, outcome.duplicates());
        assertTrue(applied.values().stream().allMatch(n -> n == 1));

        IncomingBatch.Outcome redelivered = TestDatabase.inTransaction(ds, c -> INCOMING.process(c, "crash-consumer",
                delivered, e -> e.data().get("seq").asInt(), (conn, accepted) -> applied.put("unexpected", 1)));
        assertEquals(0, redelivered.accepted());
        assertEquals(6, redelivered.duplicates());
        assertEquals(3, applied.size());
    }

    @Test
    void onlyOneRelayLeadsAtATime() throws Exception {
        TestDatabase.inTransaction(ds, c -> {
            OUTBOX.enqueue(c, event("test.relay.leader", "C-L", 1));
            return null;
        });
        try (Connection leader = ds.getConnection()) {
            leader.setAutoCommit(false);
            try (PreparedStatement ps = leader.prepareStatement("select pg_advisory_xact_lock(?)")) {
                ps.setLong(1, OutboxRelay.LEADER_LOCK);
                ps.execute();
            }
            assertEquals(0, new OutboxRelay(ds, producer, CODEC.mapper(), 100).relayOnce());
            assertEquals(1, outboxSize());
            leader.rollback();
        }
        assertEquals(1, new OutboxRelay(ds, producer, CODEC.mapper(), 100).relayOnce());
    }

    @Test
    void poisonAndInvalidMessagesGoToTheDeadLetterTopicWithTheReasonWhileGoodOnesAreApplied() throws Exception {
        String topic = "test.incoming";
        kafka.send(topic, "C-P", Map.of(), "this is not json {");
        kafka.sendCloudEvent(topic, "test.sequence.v1", "C-P", "{\"clientId\":\"C-P\"}");
        kafka.sendStructuredCloudEvent(topic, "test.sequence.v1", "C-P", "{\"clientId\":\"C-P\",\"seq\":7}");
        kafka.sendCloudEvent(topic, "test.sequence.v1", "C-P", "{\"clientId\":\"C-P\",\"seq\":8}");
        List<ConsumerRecord<String, String>> records = kafka.readUntil(topic, Duration.ofSeconds(30), all -> all.size() >= 4);

        List<Integer> applied = new ArrayList<>();
        IncomingBatch.Decoder<Integer> decoder = e -> {
            DataReader r = e.read();
            java.math.BigDecimal seq = r.positive("seq");
            r.validate();
            return seq.intValue();
        };
        IncomingBatch.Outcome outcome = TestDatabase.inTransaction(ds, c -> INCOMING.process(c, "poison-consumer", records,
                decoder, (conn, accepted) -> accepted.forEach(a -> applied.add(a.message()))));
        assertEquals(List.of(7, 8), applied);
        assertEquals(2, outcome.deadLettered());

        // a redelivery of the same records must not dead-letter them twice
        IncomingBatch.Outcome again = TestDatabase.inTransaction(ds, c -> INCOMING.process(c, "poison-consumer", records,
                decoder, (conn, accepted) -> applied.add(-1)));
        assertEquals(0, again.deadLettered());
        assertEquals(List.of(7, 8), applied);

        drain(new OutboxRelay(ds, producer, CODEC.mapper(), 100));
        List<ConsumerRecord<String, String>> dead = kafka.readUntil(topic + ".dlq", Duration.ofSeconds(30), all -> all.size() >= 2);
        assertEquals(2, dead.size());
        List<String> reasons = dead.stream().map(r -> KafkaTestClient.header(r, DeadLetters.REASON)).toList();
        assertTrue(reasons.get(0).startsWith("value is not JSON"), reasons.get(0));
        assertEquals("seq is missing", reasons.get(1));
        assertEquals("this is not json {", dead.get(0).value());
        assertEquals(topic, KafkaTestClient.header(dead.get(1), DeadLetters.TOPIC));
        assertEquals("C-P", dead.get(1).key());
    }

    @Test
    void aMessageWithNulBytesIsDeadLetteredWithItsKeyAndValueIntact() throws Exception {
        String topic = "test.incoming.nul";
        String key = "C-\u0000-NUL";
        String value = "{\"clientId\":\"C-\\u0000\",\"seq\":1}";
        kafka.sendCloudEvent(topic, UUID.randomUUID().toString(), "test.sequence.v1", key, value);
        List<ConsumerRecord<String, String>> records = kafka.readUntil(topic, Duration.ofSeconds(30), all -> all.size() >= 1);

        IncomingBatch.Outcome outcome = TestDatabase.inTransaction(ds, c -> INCOMING.process(c, "nul-consumer", records,
                e -> {
                    DataReader r = e.read();
                    r.text("clientId");
                    r.validate();
                    return 1;
                }, (conn, accepted) -> {
                }));
        assertEquals(1, outcome.deadLettered());
        drain(new OutboxRelay(ds, producer, CODEC.mapper(), 100));

        ConsumerRecord<String, String> dead = kafka.readUntil(topic + ".dlq", Duration.ofSeconds(30), all -> all.size() >= 1).get(0);
        assertEquals(key, dead.key());
        assertEquals(value, dead.value());
        assertEquals("clientId contains control characters", KafkaTestClient.header(dead, DeadLetters.REASON));
    }

    /** A data source whose connections fail at the outbox delete: the relay "crashes" after publishing. */
    private static DataSource failingOnDelete(DataSource real) {
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    Object result = method.invoke(real, args);
                    if (result instanceof Connection c) {
                        return Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                                (p, m, a) -> {
                                    if (m.getName().equals("prepareStatement") && ((String) a[0]).startsWith("delete")) {
                                        throw new SQLException("simulated crash before the delete", "08006");
                                    }
                                    return m.invoke(c, a);
                                });
                    }
                    return result;
                });
    }
}
