package dev.kehu.eventstore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
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
    private static final String SMALL_TOPIC = "test.relay.small";

    @BeforeAll
    static void setUp() {
        ds = TestDatabase.create("es_outbox");
        String bootstrap = KehuInfra.get().kafka().bootstrapServers();
        // created up front rather than on first use: auto-creation under load can leave a partition leaderless for a while
        KehuInfra.get().kafka().createTopics(List.of("test.relay.order", "test.relay.crash", "test.relay.leader",
                "test.incoming", "test.incoming.dlq", "test.incoming.nul", "test.incoming.nul.dlq", "test.relay.poison",
                "test.incoming.big", "test.incoming.big.dlq", "test.incoming.ids", "test.incoming.ids.dlq"), 4);
        // a topic whose records may be at most 32 KiB: the broker refuses a larger one the producer let through
        // (not below the producer's batch.size, 16 KiB: the producer would split a refused batch for ever)
        try (Admin admin = KehuInfra.get().kafka().admin()) {
            admin.createTopics(List.of(new NewTopic(SMALL_TOPIC, 1, (short) 1)
                    .configs(Map.of("max.message.bytes", "32768")))).all().get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
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
    void aConsumerDeduplicatingByOffsetAppliesEachRecordOnceAndStoresWhereEachPartitionStands() throws Exception {
        String topic = "test.offsets";
        KehuInfra.get().kafka().createTopics(List.of(topic), 2);
        for (int seq = 1; seq <= 4; seq++) {
            kafka.sendCloudEvent(topic, "test.sequence.v1", "C-O" + seq, "{\"clientId\":\"C-O\",\"seq\":" + seq + "}");
        }
        kafka.send(topic, "C-O5", Map.of(), "this is not json {");
        List<ConsumerRecord<String, String>> records = kafka.readUntil(topic, Duration.ofSeconds(30), all -> all.size() >= 5);
        List<Integer> applied = new ArrayList<>();
        IncomingBatch.Decoder<Integer> decoder = e -> e.data().get("seq").asInt();
        IncomingBatch.Handler<Integer> handler = (conn, accepted) -> accepted.forEach(a -> applied.add(a.message()));
        // the first record of one partition, then everything (a restart before Kafka's commit redelivers it)
        ConsumerRecord<String, String> head = records.stream().min(java.util.Comparator
                .comparingLong(ConsumerRecord<String, String>::offset)).orElseThrow();

        IncomingBatch.Outcome first = TestDatabase.inTransaction(ds, c -> INCOMING.processAtOffsets(c, "offset-consumer",
                List.of(head), decoder, handler));
        IncomingBatch.Outcome second = TestDatabase.inTransaction(ds, c -> INCOMING.processAtOffsets(c, "offset-consumer",
                records, decoder, handler));
        IncomingBatch.Outcome third = TestDatabase.inTransaction(ds, c -> INCOMING.processAtOffsets(c, "offset-consumer",
                records, decoder, handler));

        assertEquals(1, first.accepted() + first.deadLettered());
        assertEquals(4, second.accepted() + second.deadLettered());
        assertEquals(1, second.duplicates());
        assertEquals(1, first.deadLettered() + second.deadLettered(), "the unparsable record is dead-lettered once");
        assertEquals(0, third.accepted() + third.deadLettered());
        assertEquals(5, third.duplicates());
        assertEquals(4, applied.size());
        assertEquals(java.util.Set.of(1, 2, 3, 4), new java.util.HashSet<>(applied));
        Map<String, Long> stored = new LinkedHashMap<>();
        Map<String, Long> expected = new LinkedHashMap<>();
        records.forEach(r -> expected.merge(r.topic() + "-" + r.partition(), r.offset() + 1, Math::max));
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement("select topic, partition, "
                + "next_offset from es_consumed_offset where consumer = 'offset-consumer'");
             java.sql.ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                stored.put(rs.getString(1) + "-" + rs.getInt(2), rs.getLong(3));
            }
        }
        assertEquals(expected, stored);
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(
                "select count(*) from es_inbox where consumer = 'offset-consumer'"); java.sql.ResultSet rs = ps.executeQuery()) {
            rs.next();
            assertEquals(0, rs.getInt(1), "no inbox row per message");
        }
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

    /** A relay listener that remembers what it was told. */
    private static final class Told implements OutboxRelay.Listener {
        final List<String> published = new CopyOnWriteArrayList<>();
        final List<OutboxRelay.Parked> parked = new CopyOnWriteArrayList<>();

        @Override
        public void published(List<ProducerRecord<String, byte[]>> records) {
            records.forEach(r -> published.add(r.topic() + "/" + new String(r.value(), StandardCharsets.UTF_8)));
        }

        @Override
        public void parked(List<OutboxRelay.Parked> parked) {
            this.parked.addAll(parked);
        }
    }

    private static OutboxMessage raw(String topic, String client, byte[] payload) {
        return new OutboxMessage(topic, client, Map.of("ce_id", UUID.randomUUID().toString()), payload);
    }

    private static byte[] random(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes); // random: no compression brings it under a limit
        return bytes;
    }

    @Test
    void messagesTheBrokerCanNeverTakeAreParkedWithTheirReasonAndTheRestIsPublishedInOrder() throws Exception {
        String topic = "test.relay.poison";
        String invalidTopic = "test.relay.no such topic!";
        TestDatabase.inTransaction(ds, c -> {
            OUTBOX.enqueue(c, List.of(event(topic, "C-Q", 1),
                    raw(topic, "C-Q", random(2 * 1024 * 1024)), // over the producer's max.request.size (1 MiB)
                    event(topic, "C-Q", 2),
                    event(invalidTopic, "C-Q", 3), // a name Kafka refuses: the topic can never exist
                    event(SMALL_TOPIC, "C-Q", 4),
                    raw(SMALL_TOPIC, "C-Q", random(64 * 1024)), // over the topic's max.message.bytes: the broker refuses it
                    event(SMALL_TOPIC, "C-Q", 5),
                    event(topic, "C-Q", 6)));
            return null;
        });
        Told told = new Told();

        drain(new OutboxRelay(ds, producer, CODEC.mapper(), 100, told));

        assertEquals(0, outboxSize());
        List<ConsumerRecord<String, String>> good = kafka.readUntil(topic, Duration.ofSeconds(30), all -> all.size() >= 3);
        assertEquals(List.of(1, 2, 6), good.stream().map(r -> seq(r.value())).toList(), "the rest, in order");
        List<ConsumerRecord<String, String>> small = kafka.readUntil(SMALL_TOPIC, Duration.ofSeconds(30),
                all -> all.size() >= 2);
        assertEquals(List.of(4, 5), small.stream().map(r -> seq(r.value())).toList());

        List<Map<String, Object>> parked = parkedRows();
        assertEquals(3, parked.size(), parked.toString());
        assertEquals(List.of(topic, invalidTopic, SMALL_TOPIC), parked.stream().map(p -> p.get("topic")).toList());
        assertTrue(((String) parked.get(0).get("reason")).startsWith("RecordTooLargeException"), parked.toString());
        assertTrue(((String) parked.get(1).get("reason")).startsWith("InvalidTopicException"), parked.toString());
        assertTrue(((String) parked.get(2).get("reason")).startsWith("RecordTooLargeException"), parked.toString());
        assertEquals(2 * 1024 * 1024, parked.get(0).get("payload_size"), "the original row is kept whole");
        assertEquals("C-Q", parked.get(1).get("record_key"));
        assertTrue(((String) parked.get(1).get("headers")).contains("\"ce_type\""), "the headers are kept");
        assertEquals(List.of(topic, invalidTopic, SMALL_TOPIC), told.parked.stream().map(OutboxRelay.Parked::topic).toList());
        assertEquals(5, told.published.size());
    }

    @Test
    void theTopicCheckAsksTheBrokerWithoutCreatingTheTopic() throws Exception {
        String never = "test.relay.never-created-" + UUID.randomUUID();
        try (Admin admin = KehuInfra.get().kafka().admin()) {
            OutboxRelay.TopicCheck check = OutboxRelay.TopicCheck.admin(admin, Duration.ofSeconds(10));
            assertTrue(check.exists("test.relay.poison"));
            assertFalse(check.exists(never));
        }
        assertFalse(KehuInfra.get().kafka().topics().contains(never));
    }

    @Test
    void aDeadLetterCopyKeepsAt256KiBWithTheOriginalsSizeAndSha256() throws Exception {
        String topic = "test.incoming.big";
        String value = "{\"clientId\":\"C-BIG\",\"note\":\"" + "\u6ce8".repeat(110_000) + "\"}"; // 330 KB of UTF-8, no seq
        kafka.sendCloudEvent(topic, "test.sequence.v1", "C-BIG", value);
        kafka.sendCloudEvent(topic, "test.sequence.v1", "C-BIG", "{\"clientId\":\"C-BIG\"}");
        List<ConsumerRecord<String, String>> records = kafka.readUntil(topic, Duration.ofSeconds(30), all -> all.size() >= 2);

        IncomingBatch.Outcome outcome = TestDatabase.inTransaction(ds, c -> INCOMING.process(c, "big-consumer", records,
                e -> {
                    DataReader r = e.read();
                    r.positive("seq");
                    r.validate();
                    return 1;
                }, (conn, accepted) -> {
                }));
        assertEquals(2, outcome.deadLettered());
        drain(new OutboxRelay(ds, producer, CODEC.mapper(), 100));

        List<ConsumerRecord<String, String>> dead = kafka.readUntil(topic + ".dlq", Duration.ofSeconds(30), all -> all.size() >= 2);
        byte[] original = value.getBytes(StandardCharsets.UTF_8);
        assertTrue(original.length > DeadLetters.MAX_VALUE_BYTES);
        ConsumerRecord<String, String> big = dead.get(0);
        assertEquals(String.valueOf(original.length), KafkaTestClient.header(big, DeadLetters.ORIGINAL_SIZE));
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(original)),
                KafkaTestClient.header(big, DeadLetters.ORIGINAL_SHA256));
        assertEquals("true", KafkaTestClient.header(big, DeadLetters.TRUNCATED));
        assertEquals("seq is missing", KafkaTestClient.header(big, DeadLetters.REASON));
        assertEquals(DeadLetters.MAX_VALUE_BYTES, big.serializedValueSize());
        assertTrue(value.startsWith(big.value().substring(0, 1000)));

        ConsumerRecord<String, String> whole = dead.get(1);
        assertEquals("{\"clientId\":\"C-BIG\"}", whole.value());
        assertEquals("false", KafkaTestClient.header(whole, DeadLetters.TRUNCATED));
        assertEquals(String.valueOf(whole.value().length()), KafkaTestClient.header(whole, DeadLetters.ORIGINAL_SIZE));
    }

    @Test
    void aCloudEventsIdOver256CharactersIsDeadLetteredWithTheReason() throws Exception {
        String topic = "test.incoming.ids";
        String longest = "i".repeat(256);
        kafka.sendCloudEvent(topic, longest, "test.sequence.v1", "C-ID", "{\"clientId\":\"C-ID\",\"seq\":1}");
        kafka.sendCloudEvent(topic, "i".repeat(257), "test.sequence.v1", "C-ID", "{\"clientId\":\"C-ID\",\"seq\":2}");
        List<ConsumerRecord<String, String>> records = kafka.readUntil(topic, Duration.ofSeconds(30), all -> all.size() >= 2);

        List<String> applied = new ArrayList<>();
        IncomingBatch.Outcome outcome = TestDatabase.inTransaction(ds, c -> INCOMING.process(c, "ids-consumer", records,
                e -> e.id(), (conn, accepted) -> accepted.forEach(a -> applied.add(a.message()))));
        assertEquals(List.of(longest), applied);
        assertEquals(1, outcome.deadLettered());
        drain(new OutboxRelay(ds, producer, CODEC.mapper(), 100));
        ConsumerRecord<String, String> dead = kafka.readUntil(topic + ".dlq", Duration.ofSeconds(30), all -> !all.isEmpty()).get(0);
        assertEquals("CloudEvents id is longer than 256 characters (257)", KafkaTestClient.header(dead, DeadLetters.REASON));
        assertTrue(dead.value().contains("\"seq\":2"));
    }

    @Test
    void pruningForgetsInboxIdsOlderThanTheCutOffInBatchesAndKeepsTheRecentOnes() throws Exception {
        Inbox inbox = new Inbox();
        List<String> old = List.of("old-1", "old-2", "old-3", "old-4", "old-5");
        TestDatabase.inTransaction(ds, c -> {
            inbox.claim(c, "prune-consumer", old);
            inbox.claim(c, "prune-consumer", List.of("new-1", "new-2"));
            try (PreparedStatement ps = c.prepareStatement("update es_inbox set processed_at = now() - interval '20 days' "
                    + "where consumer = 'prune-consumer' and message_id like 'old-%'")) {
                assertEquals(5, ps.executeUpdate());
            }
            return null;
        });
        Instant cutOff = Instant.now().minus(Duration.ofDays(14));

        assertEquals(2, TestDatabase.<Integer>inTransaction(ds, c -> inbox.prune(c, cutOff, 2)));
        assertEquals(2, TestDatabase.<Integer>inTransaction(ds, c -> inbox.prune(c, cutOff, 2)));
        assertEquals(1, TestDatabase.<Integer>inTransaction(ds, c -> inbox.prune(c, cutOff, 2)));
        assertEquals(0, TestDatabase.<Integer>inTransaction(ds, c -> inbox.prune(c, cutOff, 2)));

        // the pruned ids are new again to the inbox; the recent ones are still known
        assertEquals(java.util.Set.of("old-1"), TestDatabase.inTransaction(ds, c -> inbox.claim(c, "prune-consumer",
                List.of("old-1", "new-1", "new-2"))));
    }

    private static int seq(String json) {
        return Integer.parseInt(json.replaceAll(".*\"seq\":(\\d+).*", "$1"));
    }

    private static List<Map<String, Object>> parkedRows() throws SQLException {
        return TestDatabase.inTransaction(ds, c -> {
            List<Map<String, Object>> rows = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("select topic, convert_from(record_key, 'UTF8'), headers, "
                    + "length(payload), reason, parked_at from es_outbox_parked order by id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("topic", rs.getString(1));
                    row.put("record_key", rs.getString(2));
                    row.put("headers", rs.getString(3));
                    row.put("payload_size", rs.getInt(4));
                    row.put("reason", rs.getString(5));
                    row.put("parked_at", rs.getTimestamp(6));
                    rows.add(row);
                }
            }
            return rows;
        });
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
