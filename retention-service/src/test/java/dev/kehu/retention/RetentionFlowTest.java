package dev.kehu.retention;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.kehu.eventstore.EventStore;
import dev.kehu.eventstore.Projection;
import dev.kehu.eventstore.Projections;
import dev.kehu.eventstore.ReadModels;
import dev.kehu.eventstore.StoredEvent;
import dev.kehu.eventstore.runtime.Db;
import dev.kehu.retention.task.Escalator;
import dev.kehu.retention.domain.task.TaskEvent;
import dev.kehu.retention.task.TaskStreams;
import dev.kehu.testsupport.KafkaAndPostgresResource;
import dev.kehu.testsupport.KafkaTestClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;

/** Feeds in, alerts and tasks out, on the real broker and PostgreSQL. */
@QuarkusTest
@QuarkusTestResource(value = KafkaAndPostgresResource.class,
        initArgs = @ResourceArg(name = "database", value = "retention"))
class RetentionFlowTest extends FedByKafka {

    static final String ALERTS = "retention.churn-alerts";
    static final String TASK_EVENTS = "retention.task-events";
    static final Duration WAIT = Duration.ofSeconds(40);
    static final ObjectMapper JSON = new ObjectMapper();
    static final LocalDate YESTERDAY = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1);

    @Inject
    Db db;

    @Inject
    EventStore store;

    @Inject
    Projections projections;

    @Inject
    Escalator escalator;

    static JsonNode json(ConsumerRecord<String, String> r) {
        try {
            return JSON.readTree(r.value());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    static JsonPath openTaskOf(String clientId) {
        await().atMost(WAIT).until(() -> given().queryParam("clientId", clientId).queryParam("status", "OPEN")
                .get("/api/v1/retention-tasks").then().statusCode(200).extract().jsonPath().getInt("total") == 1);
        return given().queryParam("clientId", clientId).get("/api/v1/retention-tasks").then().extract().jsonPath();
    }

    @Test
    void transferOutRequestRaisesAChurnAlertAndOpensAP2Task() {
        String client = Feeds.newClient("transfer");
        Instant at = Instant.now().minusSeconds(3600).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        feeds.accountEvent(client, "TRANSFER_OUT_REQUESTED", at, null);

        List<ConsumerRecord<String, String>> alerts = kafka.awaitForKey(ALERTS, client, 1, WAIT);
        assertEquals(1, alerts.size());
        ConsumerRecord<String, String> alert = alerts.get(0);
        assertEquals("retention.churn-alert.raised.v1", KafkaTestClient.header(alert, "ce_type"));
        assertEquals(client, KafkaTestClient.header(alert, "ce_subject"));
        JsonNode data = json(alert);
        assertEquals(60, data.get("riskScore").asInt());
        assertEquals("HIGH", data.get("riskLevel").asText());
        assertEquals(at.toString(), data.get("raisedAt").asText());
        assertEquals("TRANSFER_OUT_REQUESTED", data.get("signals").get(0).get("kind").asText());
        assertEquals(60, data.get("signals").get(0).get("weight").asInt());
        assertEquals("transfer-out requested: test", data.get("signals").get(0).get("detail").asText());
        String taskId = data.get("taskId").asText();

        JsonPath tasks = openTaskOf(client);
        assertEquals(taskId, tasks.getString("items[0].taskId"));
        assertEquals("P2", tasks.getString("items[0].priority"));
        assertEquals(at.plus(Duration.ofDays(3)).toString(), tasks.getString("items[0].dueAt"));

        List<ConsumerRecord<String, String>> opened = kafka.awaitForKey(TASK_EVENTS, client, 1, WAIT);
        assertEquals("retention.task.opened.v1", KafkaTestClient.header(opened.get(0), "ce_type"));
        JsonNode openedData = json(opened.get(0));
        assertEquals(taskId, openedData.get("taskId").asText());
        assertEquals("OPENED", openedData.get("stage").asText());
        assertEquals("P2", openedData.get("priority").asText());
        assertTrue(openedData.get("outcome") == null, "outcome only on closed");

        given().get("/api/v1/clients/" + client + "/churn-risk").then().statusCode(200)
                .body("riskScore", equalTo(60)).body("riskLevel", equalTo("HIGH"))
                .body("signals[0].kind", equalTo("TRANSFER_OUT_REQUESTED")).body("openTaskId", equalTo(taskId));
    }

    @Test
    void keyClientsClosureRequestOpensAP1Task() {
        String client = Feeds.newClient("key");
        feeds.segment(client, null, "LARGE_SHORT_TERM", "KEY", "9000000", YESTERDAY);
        await().atMost(WAIT).until(() -> given().get("/api/v1/clients/" + client + "/churn-risk").statusCode() == 200);
        feeds.accountEvent(client, "CLOSURE_REQUESTED", Instant.now().minusSeconds(60), null);
        assertEquals("P1", openTaskOf(client).getString("items[0].priority"));
    }

    @Test
    void anAssetFallAndASegmentDowngradeAddUpToAnAlert() {
        String client = Feeds.newClient("fall");
        feeds.balance(client, "acc-1", YESTERDAY.minusDays(3), "4000000");
        feeds.balance(client, "acc-2", YESTERDAY.minusDays(3), "2100000");
        feeds.balance(client, "acc-1", YESTERDAY, "1400000");
        feeds.segment(client, "LARGE_STABLE", "MEDIUM_STABLE", "IMPORTANT", "4200000", YESTERDAY);

        JsonNode alert = json(kafka.awaitForKey(ALERTS, client, 1, WAIT).get(0));
        assertEquals(65, alert.get("riskScore").asInt());
        assertEquals("HIGH", alert.get("riskLevel").asText());
        List<String> kinds = List.of(alert.get("signals").get(0).get("kind").asText(),
                alert.get("signals").get(1).get("kind").asText());
        assertTrue(kinds.containsAll(List.of("ASSET_OUTFLOW", "SEGMENT_DOWNGRADE")), kinds.toString());
        String outflow = given().get("/api/v1/clients/" + client + "/churn-risk").then().statusCode(200)
                .body("riskScore", equalTo(65)).body("signals.kind", hasItems("ASSET_OUTFLOW", "SEGMENT_DOWNGRADE"))
                .extract().jsonPath().getString("signals.find { it.kind == 'ASSET_OUTFLOW' }.detail");
        assertEquals("total assets fell 42% from 6.1M on " + day(YESTERDAY.minusDays(3)) + " to 3.5M on "
                + day(YESTERDAY), outflow);
        JsonPath task = openTaskOf(client);
        assertEquals("P2", task.getString("items[0].priority"));
        // the advisor's comprehension records the client's value as the service knows it
        given().contentType("application/json").body("{\"reasonCategory\":\"PRICE_AND_PRODUCT\",\"trigger\":\"t\","
                + "\"driver\":\"d\",\"rootCause\":\"r\"}")
                .post("/api/v1/retention-tasks/" + task.getString("items[0].taskId") + "/comprehension").then()
                .statusCode(200).body("comprehension.clientValue.segment", equalTo("MEDIUM_STABLE"))
                .body("comprehension.clientValue.totalAssets", equalTo(3500000))
                .body("comprehension.clientValue.totalAssetsOn", equalTo(YESTERDAY.toString()));
    }

    @Test
    void aLaterSignalAttachesToTheOpenTaskAndRaisesItsPriority() {
        String client = Feeds.newClient("attach");
        feeds.accountEvent(client, "TRANSFER_OUT_REQUESTED", Instant.now().minusSeconds(600), null);
        String taskId = openTaskOf(client).getString("items[0].taskId");
        feeds.accountEvent(client, "CLOSURE_REQUESTED", Instant.now().minusSeconds(300), null);

        List<ConsumerRecord<String, String>> taskEvents = kafka.awaitForKey(TASK_EVENTS, client, 2, WAIT);
        assertEquals(List.of("retention.task.opened.v1", "retention.task.advanced.v1"),
                taskEvents.stream().map(r -> KafkaTestClient.header(r, "ce_type")).toList());
        assertEquals("P1", json(taskEvents.get(1)).get("priority").asText());
        given().get("/api/v1/retention-tasks/" + taskId).then().statusCode(200)
                .body("priority", equalTo("P1")).body("riskScore", equalTo(100))
                .body("signals.kind", equalTo(List.of("TRANSFER_OUT_REQUESTED", "CLOSURE_REQUESTED")));
        given().queryParam("clientId", client).get("/api/v1/retention-tasks").then().body("total", equalTo(1));
        // the second request went to the open task: still the one alert
        assertEquals(1, kafka.readUntil(ALERTS, Duration.ofSeconds(2), all -> false).stream()
                .filter(r -> client.equals(r.key())).count());
    }

    @Test
    void aDuplicateMessageAddsNothing() {
        String client = Feeds.newClient("dup");
        String id = java.util.UUID.randomUUID().toString();
        String complaint = Feeds.accountEventJson(client, "COMPLAINT_FILED", Instant.now().minusSeconds(120), null);
        kafka.sendCloudEvent(Feeds.ACCOUNT_EVENTS, id, "backoffice.account.event.v1", client, complaint);
        kafka.sendCloudEvent(Feeds.ACCOUNT_EVENTS, id, "backoffice.account.event.v1", client, complaint);
        // a later message on the same partition: once it shows, the duplicate before it was dealt with
        feeds.accountEvent(client, "COMPLAINT_FILED", Instant.now().minusSeconds(60), null);
        await().atMost(WAIT).until(() -> signals(client) >= 2);
        given().get("/api/v1/clients/" + client + "/churn-risk").then().statusCode(200)
                .body("riskScore", equalTo(40)).body("signals.kind", equalTo(List.of("COMPLAINT", "COMPLAINT")));
        assertEquals(2, db.call(c -> store.readStream(c, "client-" + client)).size());
    }

    @Test
    void anInvalidMessageIsDeadLetteredWithItsReasonAndTheConsumerGoesOn() {
        String client = Feeds.newClient("poison");
        feeds.accountEvent(client, "WITHDRAWAL", Instant.now().minusSeconds(60), null);
        kafka.send(Feeds.ACCOUNT_EVENTS, client, Map.of(), "not json at all");
        feeds.accountEvent(client, "COMPLAINT_FILED", Instant.now().minusSeconds(30), null);

        List<ConsumerRecord<String, String>> dead = kafka.awaitForKey(Feeds.ACCOUNT_EVENTS + ".dlq", client, 2, WAIT);
        assertEquals(2, dead.size());
        assertTrue(dead.stream().anyMatch(r -> KafkaTestClient.header(r, "dead-letter-reason").contains("amount")),
                dead.stream().map(r -> KafkaTestClient.header(r, "dead-letter-reason")).toList().toString());
        feeds.survey(client, Instant.now().minusSeconds(10), "-1.4");
        await().atMost(WAIT).until(() -> given().get("/api/v1/clients/" + client + "/churn-risk").then().extract()
                .jsonPath().getInt("riskScore") == 40);
        given().get("/api/v1/clients/" + client + "/churn-risk").then()
                .body("signals.kind", equalTo(List.of("COMPLAINT", "SERVICE_SHORTFALL")));
    }

    @Test
    void anOverdueTaskIsEscalatedOnce() throws InterruptedException {
        String client = Feeds.newClient("late");
        // an old request: the P2 task's due time (3 days after it) is already past
        feeds.accountEvent(client, "TRANSFER_OUT_REQUESTED", Instant.now().minus(Duration.ofDays(10)), null);
        String taskId = openTaskOf(client).getString("items[0].taskId");
        // several instances at once: four scans race the scheduler's
        List<Thread> scans = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Thread scan = new Thread(escalator::escalateOverdue);
            scan.start();
            scans.add(scan);
        }
        for (Thread t : scans) {
            t.join();
        }
        await().atMost(WAIT).until(() -> escalations(client, Duration.ofSeconds(2)) == 1);
        escalator.escalateOverdue();
        // several scheduler rounds (every second in tests) and a direct call later: still one escalation
        Thread.sleep(3000);
        assertEquals(1, escalations(client, Duration.ofSeconds(3)));
        List<StoredEvent> events = db.call(c -> store.readStream(c, TaskStreams.streamId(taskId)));
        assertEquals(1, events.stream().filter(e -> e.event() instanceof TaskEvent.TaskEscalated).count());
        given().get("/api/v1/retention-tasks/" + taskId).then().statusCode(200).body("escalated", equalTo(true));
    }

    static long escalations(String client, Duration read) {
        return kafka.readUntil(TASK_EVENTS, read, all -> false).stream()
                .filter(r -> client.equals(r.key()))
                .filter(r -> "retention.task.escalated.v1".equals(KafkaTestClient.header(r, "ce_type"))).count();
    }

    @Test
    void largerStaticClientsAreReactivationCandidatesMostValuableFirst() {
        String large = Feeds.newClient("react-l");
        String medium = Feeds.newClient("react-m");
        String small = Feeds.newClient("react-s");
        String neverTraded = Feeds.newClient("react-n");
        feeds.segment(large, "LARGE_STABLE", "LARGE_STATIC", "IMPORTANT", "8000000", YESTERDAY);
        feeds.segment(medium, "MEDIUM_SHORT_TERM", "MEDIUM_STATIC", "STANDARD", "900000", YESTERDAY);
        feeds.segment(small, "SMALL_STABLE", "SMALL_STATIC", "STANDARD", "100000", YESTERDAY);
        feeds.segment(neverTraded, null, "LARGE_STATIC", "IMPORTANT", "7000000", YESTERDAY);
        await().atMost(WAIT).until(() -> List.of(large, medium, small, neverTraded).stream().allMatch(c ->
                given().get("/api/v1/clients/" + c + "/churn-risk").statusCode() == 200));
        List<String> ids = given().queryParam("size", 100).get("/api/v1/reactivation-candidates").then()
                .statusCode(200).extract().jsonPath().getList("items.clientId");
        List<String> ours = ids.stream().filter(List.of(large, medium, small, neverTraded)::contains).toList();
        // a client STATIC from its first classification is listed too (SPEC §8)
        assertEquals(List.of(large, neverTraded, medium), ours);
    }

    @Test
    void readModelsRebuildFromTheLogToTheSameRows() {
        String client = Feeds.newClient("rebuild");
        feeds.accountEvent(client, "TRANSFER_OUT_REQUESTED", Instant.now().minusSeconds(600), null);
        feeds.segment(client, "LARGE_STABLE", "LARGE_STATIC", "IMPORTANT", "6000000", YESTERDAY);
        openTaskOf(client);
        given().contentType("application/json").body("{\"channel\":\"PHONE\",\"direction\":\"OUTBOUND\","
                + "\"purpose\":\"RETENTION\",\"occurredAt\":\"" + Instant.now().minusSeconds(60) + "\"}")
                .post("/api/v1/clients/" + client + "/contacts").then().statusCode(201);
        await().atMost(WAIT).until(() -> given().get("/api/v1/clients/" + client + "/service-plan").statusCode() == 200);
        given().contentType("application/json").body("{\"name\":\"rebuild\",\"segments\":[\"LARGE_STATIC\"],"
                + "\"startsOn\":\"" + YESTERDAY + "\",\"endsOn\":\"" + YESTERDAY.plusDays(30) + "\"}")
                .post("/api/v1/reactivation-campaigns").then().statusCode(201);
        // both feeds applied: the transfer-out and the downgrade are signals of the client
        await().atMost(WAIT).until(() -> signals(client) == 2);
        for (Projection p : projections.all()) {
            db.inNewTransaction(c -> {
                // appends wait while the log is share-locked, so both snapshots see the same log
                try (var st = c.createStatement()) {
                    st.execute("lock table es_event in share mode");
                }
                List<String> before = ReadModels.snapshot(c, p);
                projections.rebuild(c, store, p);
                assertEquals(before, ReadModels.snapshot(c, p), p.name());
                assertTrue(before.stream().anyMatch(row -> row.contains(client)), p.name());
                return null;
            });
        }
    }

    static String day(LocalDate d) {
        return String.format("%02d-%02d", d.getMonthValue(), d.getDayOfMonth());
    }

    /** The client's churn signals so far; 0 while the service has not heard of the client (a 404). */
    static int signals(String client) {
        var response = given().get("/api/v1/clients/" + client + "/churn-risk");
        return response.statusCode() == 200 ? response.jsonPath().getList("signals").size() : 0;
    }
}
