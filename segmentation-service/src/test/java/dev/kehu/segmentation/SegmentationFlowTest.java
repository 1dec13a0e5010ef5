package dev.kehu.segmentation;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.kehu.eventstore.EventCodec;
import dev.kehu.eventstore.EventStore;
import dev.kehu.eventstore.IncomingBatch;
import dev.kehu.eventstore.IncomingCloudEvent;
import dev.kehu.eventstore.Outbox;
import dev.kehu.eventstore.Projection;
import dev.kehu.eventstore.Projections;
import dev.kehu.eventstore.ReadModels;
import dev.kehu.eventstore.StoredEvent;
import dev.kehu.eventstore.runtime.Db;
import dev.kehu.eventstore.runtime.EventStoreConfig;
import dev.kehu.eventstore.runtime.KafkaBatches;
import dev.kehu.segmentation.client.ClientBatchHandler;
import dev.kehu.segmentation.client.ClientMetricsProjection;
import dev.kehu.segmentation.config.SegmentationConfig;
import dev.kehu.segmentation.domain.client.ClientCommand;
import dev.kehu.segmentation.domain.client.ClientDecider;
import dev.kehu.segmentation.ingest.FeedDecoders;
import dev.kehu.segmentation.segment.ClientSegmentProjection;
import dev.kehu.testsupport.AdminJobs;
import dev.kehu.testsupport.KafkaAndPostgresResource;
import dev.kehu.testsupport.KafkaTestClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;

/** The service end to end on the real broker and PostgreSQL: feeds in, segment events and queries out. */
@QuarkusTest
@QuarkusTestResource(value = KafkaAndPostgresResource.class,
        initArgs = @ResourceArg(name = "database", value = "segmentation"))
class SegmentationFlowTest {

    static final String TRADES = "backoffice.trades";
    static final String BALANCES = "backoffice.balances";
    static final String CHANGES = "segmentation.segment-changed";
    static final String TRADE_TYPE = "backoffice.trade.executed.v1";
    static final String BALANCE_TYPE = "backoffice.balance.reported.v1";
    static final Duration WAIT = Duration.ofSeconds(40);
    static final ObjectMapper JSON = new ObjectMapper();

    static KafkaTestClient kafka;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    Db db;

    @Inject
    EventStore store;

    @Inject
    Projections projections;

    @Inject
    ClientBatchHandler handler;

    @Inject
    KafkaBatches batches;

    @Inject
    Outbox outbox;

    @Inject
    EventCodec codec;

    @Inject
    SegmentationConfig segmentationConfig;

    @Inject
    EventStoreConfig eventStoreConfig;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @AfterAll
    static void closeKafka() {
        if (kafka != null) {
            kafka.close();
        }
    }

    KafkaTestClient kafka() {
        if (kafka == null) {
            kafka = new KafkaTestClient(bootstrap);
        }
        return kafka;
    }

    @Test
    void clientFedBalancesAndTradesReachesItsSegmentWithOneEventPerChange() throws Exception {
        String client = newClient();
        sendBalance(client, "A1", "2026-03-31", "3000000");
        sendBalance(client, "A2", "2026-03-31", "3000000");
        awaitSegment(client, "LARGE_STATIC");

        sendTrade(client, "T-" + client, "2026-03-30T02:00:00Z", "12000000");
        awaitSegment(client, "LARGE_SHORT_TERM");

        given().get("/api/v1/clients/{id}/segment", client).then().statusCode(200)
                .body("clientId", equalTo(client))
                .body("size", equalTo("LARGE"))
                .body("activity", equalTo("SHORT_TERM"))
                .body("priority", equalTo("KEY"))
                .body("serviceTier", equalTo("PREMIUM"))
                .body("averageAssets", equalTo(6000000.00f))
                .body("turnover", equalTo(2.0f))
                .body("asOf", equalTo("2026-03-31"));

        List<ConsumerRecord<String, String>> published = kafka().awaitForKey(CHANGES, client, 3, WAIT);
        assertEquals(3, published.size());
        List<JsonNode> data = new ArrayList<>();
        for (ConsumerRecord<String, String> r : published) {
            data.add(JSON.readTree(r.value()));
            assertEquals("segmentation.segment.changed.v1", KafkaTestClient.header(r, "ce_type"));
            assertEquals("/segmentation-service", KafkaTestClient.header(r, "ce_source"));
            assertEquals(client, KafkaTestClient.header(r, "ce_subject"));
            assertEquals("2026-03-30T16:00:00Z", KafkaTestClient.header(r, "ce_time"));
        }
        assertTrue(data.get(0).has("previousSegment") && data.get(0).get("previousSegment").isNull());
        assertEquals("MEDIUM_STATIC", data.get(0).get("segment").asText());
        assertEquals("MEDIUM_STATIC", data.get(1).get("previousSegment").asText());
        assertEquals("LARGE_STATIC", data.get(1).get("segment").asText());
        JsonNode last = data.get(2);
        assertEquals(List.of("clientId", "previousSegment", "segment", "size", "activity", "priority",
                "averageAssets", "turnover", "asOf"), fieldNames(last));
        assertEquals(client, last.get("clientId").asText());
        assertEquals("LARGE_STATIC", last.get("previousSegment").asText());
        assertEquals("LARGE_SHORT_TERM", last.get("segment").asText());
        assertEquals("LARGE", last.get("size").asText());
        assertEquals("SHORT_TERM", last.get("activity").asText());
        assertEquals("KEY", last.get("priority").asText());
        // money and ratios travel as plain JSON numbers at their fixed scale
        String raw = published.get(2).value();
        assertTrue(raw.contains("\"averageAssets\":6000000.00,"), raw);
        assertTrue(raw.contains("\"turnover\":2.0000,"), raw);
        assertEquals("2026-03-31", last.get("asOf").asText());

        // ids derive from the client's stream version, so a replay into an empty database repeats them
        JsonPath history = given().get("/api/v1/clients/{id}/segment-history", client).then().statusCode(200)
                .body("total", equalTo(3)).body("page", equalTo(0)).body("size", equalTo(20))
                .extract().jsonPath();
        assertEquals(List.of("LARGE_SHORT_TERM", "LARGE_STATIC", "MEDIUM_STATIC"), history.getList("items.segment"));
        List<Integer> versions = history.getList("items.version");
        for (int i = 0; i < 3; i++) {
            UUID expected = UUID.nameUUIDFromBytes((client + ":" + versions.get(2 - i)).getBytes(StandardCharsets.UTF_8));
            assertEquals(expected.toString(), KafkaTestClient.header(published.get(i), "ce_id"));
        }
    }

    @Test
    void duplicateTradesChangeNothingAndAnOutOfOrderTradeReEvaluatesItsWindow() {
        String client = newClient();
        kafka().sendStructuredCloudEvent(BALANCES, BALANCE_TYPE, client, balance(client, "A1", "2026-03-31", "1000000"));
        awaitSegment(client, "MEDIUM_STATIC");
        String tradeId = "T-" + client;
        String first = trade(client, tradeId, "2026-03-25T02:00:00Z", "300000");
        String messageId = UUID.randomUUID().toString();
        kafka().sendCloudEvent(TRADES, messageId, TRADE_TYPE, client, first);
        awaitSegment(client, "MEDIUM_STABLE");

        kafka().sendCloudEvent(TRADES, messageId, TRADE_TYPE, client, first);   // redelivered: same CloudEvents id
        kafka().sendCloudEvent(TRADES, TRADE_TYPE, client, first);              // re-sent: same tradeId, new id
        sendTrade(client, "T-old-" + client, "2026-02-20T02:00:00Z", "5000000"); // before the window: no effect
        sendTrade(client, "T-late-" + client, "2026-03-05T02:00:00Z", "1800000"); // late, inside the window

        awaitSegment(client, "MEDIUM_SHORT_TERM");
        given().get("/api/v1/clients/{id}/segment", client).then().statusCode(200)
                .body("turnover", equalTo(2.1f))
                .body("averageAssets", equalTo(1000000.00f));
        given().get("/api/v1/clients/{id}/segment-history", client).then().statusCode(200)
                .body("total", equalTo(3))
                .body("items.previousSegment", equalTo(java.util.Arrays.asList("MEDIUM_STABLE", "MEDIUM_STATIC", null)));
        List<ConsumerRecord<String, String>> published = kafka().awaitForKey(CHANGES, client, 3, WAIT);
        assertEquals(3, published.size());
    }

    @Test
    void poisonMessagesGoToTheDeadLetterTopicsAndTheNextGoodMessageIsProcessed() {
        String client = newClient();
        kafka().send(TRADES, client, Map.of(), "this is not json {");
        kafka().sendCloudEvent(TRADES, TRADE_TYPE, client, "{\"tradeId\":\"X-" + client + "\",\"clientId\":\"" + client
                + "\",\"accountId\":\"A1\",\"executedAt\":\"yesterday\",\"side\":\"HOLD\",\"symbol\":\"600519\","
                + "\"quantity\":1,\"price\":10,\"amount\":-10}");
        kafka().sendCloudEvent(BALANCES, BALANCE_TYPE, client, "{\"clientId\":\"" + client
                + "\",\"accountId\":\"A1\",\"asOf\":\"2026-02-30\",\"totalAssets\":-5,\"cash\":0,\"marketValue\":0}");
        sendTrade(client, "T-" + client, "2026-03-30T02:00:00Z", "500000");
        sendBalance(client, "A1", "2026-03-31", "1000000");

        awaitSegment(client, "MEDIUM_STABLE");
        given().get("/api/v1/clients/{id}/segment", client).then().body("turnover", equalTo(0.5f));

        List<ConsumerRecord<String, String>> trades = kafka().awaitForKey(TRADES + ".dlq", client, 2, WAIT);
        assertEquals(2, trades.size());
        assertTrue(reason(trades.get(0)).contains("not JSON"), reason(trades.get(0)));
        String invalid = reason(trades.get(1));
        for (String problem : List.of("executedAt is not an RFC 3339", "side has unknown code HOLD",
                "amount must be greater than 0")) {
            assertTrue(invalid.contains(problem), invalid);
        }
        List<ConsumerRecord<String, String>> balances = kafka().awaitForKey(BALANCES + ".dlq", client, 1, WAIT);
        String balanceReason = reason(balances.get(0));
        assertTrue(balanceReason.contains("asOf is not a date") && balanceReason.contains("totalAssets must not be negative"),
                balanceReason);
    }

    @Test
    void queriesAnswerUnknownClientsAndBadPagingWithProblems() {
        given().get("/api/v1/clients/{id}/segment", "nobody-" + UUID.randomUUID()).then()
                .statusCode(404).contentType("application/problem+json").body("status", equalTo(404));
        given().get("/api/v1/clients/{id}/segment-history", "nobody-" + UUID.randomUUID()).then().statusCode(404);
        given().queryParam("size", "0").get("/api/v1/clients/x/segment-history").then()
                .statusCode(400).contentType("application/problem+json").body("errors.field", hasItems("size"));
        given().queryParam("page", "-1").queryParam("size", "abc").get("/api/v1/clients/x/segment-history").then()
                .statusCode(400).body("errors.field", hasItems("page", "size"));
        given().queryParam("size", "101").get("/api/v1/clients/x/segment-history").then().statusCode(400);
    }

    @Test
    void summaryCountsClientsInTheThreeByThreeMatrix() {
        String client = newClient();
        sendBalance(client, "A1", "2026-03-31", "100000");
        sendTrade(client, "T-" + client, "2026-03-31T02:00:00Z", "300000");
        awaitSegment(client, "SMALL_SHORT_TERM");

        JsonPath summary = given().get("/api/v1/segments/summary").then().statusCode(200).extract().jsonPath();
        long sum = 0;
        for (String size : List.of("LARGE", "MEDIUM", "SMALL")) {
            Map<String, Integer> row = summary.getMap(size);
            assertEquals(java.util.Set.of("SHORT_TERM", "STABLE", "STATIC"), row.keySet());
            sum += row.values().stream().mapToLong(Integer::longValue).sum();
        }
        assertTrue(summary.getInt("SMALL.SHORT_TERM") >= 1);
        assertEquals(summary.getLong("total"), sum);
    }

    @Test
    void rebuildingTheReadModelsFromTheEventStoreGivesTheSameRows() {
        String client = newClient();
        // the 31st reported twice: the later report is the day's balance, in the log's replay as inline
        sendBalance(client, "A1", "2026-03-31", "6000000");
        sendBalance(client, "A1", "2026-03-30", "2000000");
        sendBalance(client, "A1", "2026-03-31", "8000000");
        sendTrade(client, "T-" + client, "2026-03-31T02:00:00Z", "1000000");
        awaitSegment(client, "LARGE_STABLE");

        for (Projection p : List.of(projection(ClientMetricsProjection.NAME), projection(ClientSegmentProjection.NAME))) {
            List<List<String>> beforeAndAfter = db.inNewTransaction(c -> {
                // appends wait meanwhile, so both snapshots see the same log
                try (var s = c.createStatement()) {
                    s.execute("lock table es_event in share mode");
                }
                List<String> before = ReadModels.snapshot(c, p);
                projections.rebuild(c, store, p);
                return List.of(before, ReadModels.snapshot(c, p));
            });
            assertFalse(beforeAndAfter.get(0).isEmpty());
            assertTrue(beforeAndAfter.get(0).stream().anyMatch(row -> row.contains(client)));
            assertEquals(beforeAndAfter.get(0), beforeAndAfter.get(1), p.name());
        }
        JsonPath one = AdminJobs.succeeded(given().post("/api/v1/admin/projections/{name}/rebuild",
                ClientSegmentProjection.NAME));
        assertEquals(ClientSegmentProjection.NAME, one.getString("name"));
        given().get("/api/v1/clients/{id}/segment", client).then().statusCode(200)
                .body("segment", equalTo("LARGE_STABLE")).body("averageAssets", equalTo(5000000.00f));

        // every read model at once, in one pass over the log read ahead on a second connection
        List<String> rowsBefore = clientRows(client);
        long logBefore = db.inNewTransaction(c -> store.readAll(c, 0, 1_000_000)).size();
        JsonPath all = AdminJobs.succeeded(given().post("/api/v1/admin/projections/rebuild"));
        long logAfter = db.inNewTransaction(c -> store.readAll(c, 0, 1_000_000)).size();
        assertEquals(projections.all().stream().map(Projection::name).toList(), all.getList("projections"));
        assertTrue(all.getLong("eventsRead") >= logBefore && all.getLong("eventsRead") <= logAfter, all.prettify());
        assertTrue(all.getLong("eventsApplied") >= all.getLong("eventsRead"), all.prettify());
        assertEquals(rowsBefore, clientRows(client));
        assertTrue(rowsBefore.size() >= 5, rowsBefore.toString());
    }

    /** The client's rows in every read model. */
    private List<String> clientRows(String client) {
        return db.inNewTransaction(c -> {
            List<String> rows = new ArrayList<>();
            for (Projection p : projections.all()) {
                ReadModels.snapshot(c, p).stream().filter(row -> row.contains(client)).forEach(rows::add);
            }
            return rows;
        });
    }

    /**
     * The same feed, cut into polls three different ways, gives the same segment changes: clients
     * are decided message by message, so a replay does not depend on where a poll ended.
     */
    @Test
    void theSameFeedCutIntoDifferentBatchesGivesTheSameSegmentChanges() {
        List<List<String>> histories = new ArrayList<>();
        for (int batchSize : List.of(1, 3, 100)) {
            String client = newClient();
            List<IncomingBatch.Accepted<ClientCommand>> feed = replayFeed(client);
            for (int from = 0; from < feed.size(); from += batchSize) {
                List<IncomingBatch.Accepted<ClientCommand>> batch = feed.subList(from, Math.min(feed.size(), from + batchSize));
                db.inNewTransaction(c -> {
                    handler.handle(c, batch);
                    return null;
                });
            }
            histories.add(segmentHistory(client));
        }
        assertTrue(histories.get(0).size() >= 4, histories.get(0).toString());
        assertEquals(histories.get(0), histories.get(1));
        assertEquals(histories.get(0), histories.get(2));
    }

    /**
     * The consumer keeps client state between batches; it must not trust it once the client's
     * stream moved on without it (another instance holding the partition for a while) or once the
     * batch that produced it rolled back. Two handlers with caches of their own take turns, and
     * every other batch is first rolled back: the segment changes are still those of one handler.
     */
    @Test
    void cachedClientStateIsNotTrustedAfterTheStreamMovedElsewhereOrTheBatchRolledBack() {
        String reference = newClient();
        for (IncomingBatch.Accepted<ClientCommand> message : replayFeed(reference)) {
            handle(handler, List.of(message));
        }
        String client = newClient();
        ClientBatchHandler other = new ClientBatchHandler(store, outbox, codec, segmentationConfig, eventStoreConfig,
                transactions, 100);
        List<IncomingBatch.Accepted<ClientCommand>> feed = replayFeed(client);
        for (int i = 0; i < feed.size(); i++) {
            ClientBatchHandler turn = i % 3 == 2 ? other : handler;
            List<IncomingBatch.Accepted<ClientCommand>> batch = List.of(feed.get(i));
            if (i % 2 == 1) {
                assertThrows(IllegalStateException.class, () -> db.inNewTransaction(c -> {
                    turn.handle(c, batch);
                    throw new IllegalStateException("rolled back on purpose");
                }));
            }
            handle(turn, batch);
        }
        List<String> expected = segmentHistory(reference);
        assertTrue(expected.size() >= 4, expected.toString());
        assertEquals(expected, segmentHistory(client));
    }

    /**
     * One polled batch with several messages for one client: each stored event carries the ids of the
     * message that caused it (causation = its CloudEvents id, correlation = its correlationid or, when
     * it has none, its id), and each segment change is published in its message's chain. The records
     * come from the real broker, off a topic the service does not consume, so that they are one batch
     * by construction rather than by the timing of the service's own poll.
     */
    @Test
    void eachEventOfABatchCarriesTheIdsOfItsOwnMessage() {
        String client = newClient();
        String topic = "test.correlation-" + UUID.randomUUID();
        List<String> ids = List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString(),
                UUID.randomUUID().toString());
        List<String> correlations = Arrays.asList("corr-first-" + client, "corr-second-" + client, null);
        List<String> accounts = List.of("A1", "A2", "A3");
        for (int i = 0; i < ids.size(); i++) {
            Map<String, String> headers = new HashMap<>(Map.of("ce_specversion", "1.0", "ce_id", ids.get(i),
                    "ce_source", "/test-feed", "ce_type", BALANCE_TYPE, "ce_subject", client,
                    "content-type", "application/json"));
            if (correlations.get(i) != null) {
                headers.put("ce_correlationid", correlations.get(i));
            }
            kafka().send(topic, client, headers, balance(client, accounts.get(i), "2026-03-31", "3000000"));
        }
        List<ConsumerRecord<String, String>> records = kafka().readUntil(topic, WAIT, r -> r.size() == 3);
        assertEquals(ids, records.stream().map(r -> KafkaTestClient.header(r, "ce_id")).toList());

        IncomingBatch.Outcome outcome = batches.process("segmentation-correlation-test", records,
                FeedDecoders::balance, handler);
        assertEquals(3, outcome.accepted());

        List<StoredEvent> events = db.inNewTransaction(c -> store.readStream(c, ClientDecider.streamId(client)));
        List<String> causations = events.stream().map(e -> e.metadata().causationId()).toList();
        // every message caused events, in feed order, and each event names its own message
        assertEquals(ids, causations.stream().distinct().toList(), causations.toString());
        for (StoredEvent e : events) {
            int message = ids.indexOf(e.metadata().causationId());
            String expected = correlations.get(message) != null ? correlations.get(message) : ids.get(message);
            assertEquals(expected, e.metadata().correlationId(), e.type() + " v" + e.version());
        }
        List<StoredEvent> changes = events.stream().filter(e -> e.type().contains("segment-changed")).toList();
        assertTrue(changes.size() >= 2, events.stream().map(StoredEvent::type).toList().toString());
        assertEquals(changes.size(), changes.stream().map(e -> e.metadata().correlationId()).distinct().count());

        List<ConsumerRecord<String, String>> published = kafka().awaitForKey(CHANGES, client, changes.size(), WAIT);
        assertEquals(changes.stream().map(e -> e.metadata().correlationId()).toList(),
                published.stream().map(r -> KafkaTestClient.header(r, "ce_correlationid")).toList());
    }

    private void handle(ClientBatchHandler h, List<IncomingBatch.Accepted<ClientCommand>> batch) {
        db.inNewTransaction(c -> {
            h.handle(c, batch);
            return null;
        });
    }

    /** The client's segment changes without its id: comparable across clients. */
    private List<String> segmentHistory(String client) {
        return db.inNewTransaction(c -> {
            List<String> rows = new ArrayList<>();
            try (var ps = c.prepareStatement("select version, previous_segment, segment, average_assets, turnover, "
                    + "as_of from segment_history where client_id = ? order by version")) {
                ps.setString(1, client);
                try (var rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(rs.getLong(1) + " " + rs.getString(2) + " " + rs.getString(3) + " "
                                + rs.getBigDecimal(4).toPlainString() + " " + rs.getBigDecimal(5).toPlainString()
                                + " " + rs.getDate(6));
                    }
                }
            }
            return rows;
        });
    }

    /** Trades before the first balance, a correction, a re-sent trade, late trades, a window that moves on. */
    private static List<IncomingBatch.Accepted<ClientCommand>> replayFeed(String client) {
        List<ClientCommand> commands = List.of(
                tradeCommand(client, "R1", "2026-03-03T02:00:00Z", "400000"),
                balanceCommand(client, "A1", "2026-03-03", "900000"),
                balanceCommand(client, "A2", "2026-03-03", "300000"),
                tradeCommand(client, "R2", "2026-03-10T02:00:00Z", "2500000"),
                tradeCommand(client, "R2", "2026-03-10T02:00:00Z", "2500000"),
                balanceCommand(client, "A1", "2026-03-03", "6000000"),
                balanceCommand(client, "A1", "2026-03-20", "5500000"),
                tradeCommand(client, "R3", "2026-03-01T02:00:00Z", "9000000"),
                balanceCommand(client, "A1", "2026-04-15", "5200000"),
                tradeCommand(client, "R4", "2026-04-14T02:00:00Z", "11000000"),
                balanceCommand(client, "A1", "2026-05-30", "100000"));
        List<IncomingBatch.Accepted<ClientCommand>> feed = new ArrayList<>();
        for (ClientCommand command : commands) {
            IncomingCloudEvent event = new IncomingCloudEvent(command.messageId(), "/test-feed", "test", client, null,
                    null, client);
            feed.add(new IncomingBatch.Accepted<>(event, command));
        }
        return feed;
    }

    private static ClientCommand balanceCommand(String client, String account, String asOf, String total) {
        return new ClientCommand.RecordBalance(client, account, java.time.LocalDate.parse(asOf),
                new java.math.BigDecimal(total), java.math.BigDecimal.ZERO, new java.math.BigDecimal(total),
                UUID.randomUUID().toString());
    }

    private static ClientCommand tradeCommand(String client, String tradeId, String executedAt, String amount) {
        return new ClientCommand.RecordTrade(client, tradeId, "A1", java.time.Instant.parse(executedAt),
                dev.kehu.segmentation.domain.client.Side.SELL, "600036", java.math.BigDecimal.TEN,
                new java.math.BigDecimal(amount), new java.math.BigDecimal(amount), UUID.randomUUID().toString());
    }

    private Projection projection(String name) {
        Projection found = projections.all().stream().filter(p -> p.name().equals(name)).findFirst().orElse(null);
        assertNotNull(found, name);
        return found;
    }

    private static String newClient() {
        return "c-" + UUID.randomUUID();
    }

    private void sendBalance(String client, String account, String asOf, String total) {
        kafka().sendCloudEvent(BALANCES, BALANCE_TYPE, client, balance(client, account, asOf, total));
    }

    private void sendTrade(String client, String tradeId, String executedAt, String amount) {
        kafka().sendCloudEvent(TRADES, TRADE_TYPE, client, trade(client, tradeId, executedAt, amount));
    }

    private static String balance(String client, String account, String asOf, String total) {
        return "{\"clientId\":\"" + client + "\",\"accountId\":\"" + account + "\",\"asOf\":\"" + asOf
                + "\",\"totalAssets\":" + total + ",\"cash\":0,\"marketValue\":" + total + "}";
    }

    private static String trade(String client, String tradeId, String executedAt, String amount) {
        return "{\"tradeId\":\"" + tradeId + "\",\"clientId\":\"" + client + "\",\"accountId\":\"A1\","
                + "\"executedAt\":\"" + executedAt + "\",\"side\":\"BUY\",\"symbol\":\"600519\","
                + "\"quantity\":100,\"price\":" + amount + ",\"amount\":" + amount + "}";
    }

    private static void awaitSegment(String client, String segment) {
        await().atMost(WAIT).pollInterval(Duration.ofMillis(100)).until(() -> {
            var response = given().get("/api/v1/clients/{id}/segment", client);
            return response.statusCode() == 200 && segment.equals(response.jsonPath().getString("segment"));
        });
    }

    private static String reason(ConsumerRecord<String, String> record) {
        return KafkaTestClient.header(record, "dead-letter-reason");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
