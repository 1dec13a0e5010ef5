package dev.kehu.retention;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
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

import dev.kehu.eventstore.EventMetadata;
import dev.kehu.eventstore.EventStore;
import dev.kehu.eventstore.ExpectedVersion;
import dev.kehu.eventstore.Projection;
import dev.kehu.eventstore.Projections;
import dev.kehu.eventstore.ReadModels;
import dev.kehu.eventstore.StoredEvent;
import dev.kehu.eventstore.runtime.Db;
import dev.kehu.retention.domain.campaign.CampaignDecider;
import dev.kehu.retention.domain.campaign.CampaignEvent.CampaignStarted;
import dev.kehu.retention.domain.campaign.CampaignEvent.Member;
import dev.kehu.retention.domain.client.Activity;
import dev.kehu.retention.domain.client.ClientEvent.AdvisorAssigned;
import dev.kehu.retention.domain.client.ClientEvent.AssessmentObserved;
import dev.kehu.retention.domain.client.ClientEvent.ContactRecorded;
import dev.kehu.retention.domain.client.ClientEvent.NeedsObserved;
import dev.kehu.retention.domain.client.ClientEvent.ReminderPreference;
import dev.kehu.retention.domain.client.ClientEvent.SegmentObserved;
import dev.kehu.retention.domain.client.ClientEvent.SignalRaised;
import dev.kehu.retention.domain.client.ClientPriority;
import dev.kehu.retention.domain.client.ContactCodes.Channel;
import dev.kehu.retention.domain.client.ContactCodes.Content;
import dev.kehu.retention.domain.client.ContactCodes.Direction;
import dev.kehu.retention.domain.client.ContactCodes.Frequency;
import dev.kehu.retention.domain.client.ContactCodes.Purpose;
import dev.kehu.retention.domain.client.ClientDecider;
import dev.kehu.retention.domain.client.AccountEventKind;
import dev.kehu.retention.domain.client.ClientEvent.ChurnOutcomeObserved;
import dev.kehu.retention.domain.weights.ChurnModelEvent.FitFailed;
import dev.kehu.retention.domain.weights.FitDecider;
import dev.kehu.retention.domain.client.Size;
import dev.kehu.retention.domain.signal.RiskLevel;
import dev.kehu.retention.domain.signal.Signal;
import dev.kehu.retention.domain.signal.SignalKind;
import dev.kehu.retention.domain.signal.TaskPriority;
import dev.kehu.retention.domain.task.Codes.Outcome;
import dev.kehu.retention.domain.task.Codes.ReasonCategory;
import dev.kehu.retention.domain.task.TaskDecider;
import dev.kehu.retention.domain.task.TaskEvent.ClientValue;
import dev.kehu.retention.domain.task.TaskEvent.ComprehensionRecorded;
import dev.kehu.retention.domain.task.TaskEvent.SignalAttached;
import dev.kehu.retention.domain.task.TaskEvent.TaskAssigned;
import dev.kehu.retention.domain.task.TaskEvent.TaskClosed;
import dev.kehu.retention.domain.task.TaskEvent.TaskEscalated;
import dev.kehu.retention.domain.task.TaskEvent.TaskOpened;
import dev.kehu.retention.domain.task.TaskEvent;
import dev.kehu.retention.task.Escalator;
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
        List<StoredEvent> events = db.call(c -> store.readStream(c, TaskDecider.streamId(taskId)));
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
        // a client STATIC from its first classification is listed too (docs/domain.md#reactivation)
        assertEquals(List.of(large, neverTraded, medium), ours);
    }

    @Test
    void readModelsRebuildFromTheLogToTheSameRows() {
        String client = Feeds.newClient("rebuild");
        // an outcome (docs/domain.md#learned-weights), sent first: once the task is open it is stored
        feeds.accountEvent(client, "TRANSFER_OUT_COMPLETED", Instant.now().minusSeconds(300), null);
        feeds.accountEvent(client, "TRANSFER_OUT_REQUESTED", Instant.now().minusSeconds(600), null);
        feeds.segment(client, "LARGE_STABLE", "LARGE_STATIC", "IMPORTANT", "6000000", YESTERDAY);
        openTaskOf(client);
        given().contentType("application/json").body("{\"channel\":\"PHONE\",\"direction\":\"OUTBOUND\","
                + "\"purpose\":\"RETENTION\",\"occurredAt\":\"" + Instant.now().minusSeconds(60) + "\","
                + "\"reminderContent\":\"STRATEGY\"}")
                .post("/api/v1/clients/" + client + "/contacts").then().statusCode(201);
        // the book and the reminders (docs/domain.md#advisor-book, #reminders)
        given().contentType("application/json").body("{\"advisorId\":\"adv-rebuild\"}")
                .put("/api/v1/clients/" + client + "/advisor").then().statusCode(200);
        feeds.needs(client, "STRATEGY", "EMAIL", "WEEKLY", Instant.now().minusSeconds(3600));
        await().atMost(WAIT).until(() -> given().get("/api/v1/clients/" + client + "/service-plan").statusCode() == 200);
        await().atMost(WAIT).until(() -> given().get("/api/v1/clients/" + client + "/reminders").then().extract()
                .jsonPath().getList("items.content").contains("STRATEGY"));
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
                // the fits are the branch's, not a client's (ChurnWeightsFlowTest rebuilds them)
                assertTrue(p.name().equals("retention-churn-fits") || before.stream()
                        .anyMatch(row -> row.contains(client)), p.name());
                return null;
            });
        }
    }

    static final LocalDate FOLD_DAY = LocalDate.of(2026, 3, 2);
    static final EventMetadata META = EventMetadata.system("retention-service");

    /** Ends the test's transaction with a rollback once everything is asserted. */
    static final class RolledBack extends RuntimeException {
        RolledBack() {
            super("rolled back on purpose");
        }
    }

    /**
     * A rebuild folds many events of one row in one page (a statement per table and page); applied
     * inline one event at a time the same events must leave the same rows. All in one transaction that
     * is rolled back, so the other tests never see these clients.
     */
    @Test
    void manyEventsOfOneRowInOnePageRebuildToTheRowsAppliedOneByOne() {
        String x = Feeds.newClient("fold-x");
        String y = Feeds.newClient("fold-y");
        String campaign = "CMP-" + x;
        String t1 = "T1-" + x;
        String t2 = "T2-" + x;
        // sub-microsecond instants: the table keeps microseconds, the fold must compare as it does
        Instant at = Instant.parse("2026-03-03T02:00:00.123456789Z");
        assertThrows(RolledBack.class, () -> db.inNewTransaction(c -> {
            append(c, ClientDecider.streamId(y), segment(y, null, "MEDIUM_STATIC", Size.MEDIUM, Activity.STATIC, FOLD_DAY));
            append(c, ClientDecider.streamId(x), segment(x, "LARGE_STABLE", "LARGE_STATIC", Size.LARGE,
                    Activity.STATIC, FOLD_DAY));
            append(c, CampaignDecider.streamId(campaign), new CampaignStarted(campaign, "fold", List.of("LARGE_STATIC",
                    "MEDIUM_STATIC"), FOLD_DAY, FOLD_DAY.plusDays(30), FOLD_DAY.plusDays(60), "fee discount",
                    List.of(new Member(x, "LARGE_STATIC"), new Member(y, "MEDIUM_STATIC")), "manager", at));
            append(c, ClientDecider.streamId(x), contact(x, "K1-" + x, at, campaign));
            // the same client row moved twice more: the day it fell static stays
            append(c, ClientDecider.streamId(x), segment(x, "LARGE_STATIC", "MEDIUM_STATIC", Size.MEDIUM,
                    Activity.STATIC, FOLD_DAY.plusDays(1)));
            append(c, ClientDecider.streamId(y), segment(y, "MEDIUM_STATIC", "SMALL_STATIC", Size.SMALL,
                    Activity.STATIC, FOLD_DAY.plusDays(1)));
            // an older contact changes no plan, nor after a neglect flag one later than the first contact
            // but not later than the microsecond the table kept of it (…456789 ns is kept as …457 µs)
            append(c, ClientDecider.streamId(x), contact(x, "K2-" + x, at.minusNanos(300), null));
            append(c, ClientDecider.streamId(x), new SignalRaised(x, "S1-" + x, SignalKind.NEGLECT, at, 20, "neglect"));
            append(c, ClientDecider.streamId(x), contact(x, "K3-" + x, at.plusNanos(111), null));
            append(c, ClientDecider.streamId(x), segment(x, "MEDIUM_STATIC", "MEDIUM_STABLE", Size.MEDIUM,
                    Activity.STABLE, FOLD_DAY.plusDays(2)));
            // the book and the reminders: the latest assignment and needs win, an older needs record changes nothing
            append(c, ClientDecider.streamId(x), new AdvisorAssigned(x, "adv-1", null, "manager", at));
            append(c, ClientDecider.streamId(x), new NeedsObserved(x, List.of(new ReminderPreference(Content.STRATEGY,
                    Channel.EMAIL, Frequency.WEEKLY)), Channel.WECHAT, "PERFECT", at));
            append(c, ClientDecider.streamId(x), new AssessmentObserved(x, "AS-" + x, at, at.plus(Duration.ofDays(300))));
            append(c, ClientDecider.streamId(x), new AdvisorAssigned(x, "adv-2", "adv-1", "back-office", at));
            append(c, ClientDecider.streamId(x), new NeedsObserved(x, List.of(), null, null, at.minusSeconds(1)));
            append(c, ClientDecider.streamId(x), new ContactRecorded(x, "K4-" + x, Channel.PHONE, Direction.OUTBOUND,
                    Purpose.STRATEGY_REMINDER, at.minusSeconds(60), null, null, null, "adv-2", at, Content.STRATEGY));
            // a task moved through every column and closed, then the client's next task opened
            Signal s = new Signal("S2-" + x, SignalKind.COMPLAINT, at, 30, "complaint");
            append(c, TaskDecider.streamId(t1), new TaskOpened(t1, x, "A1", TaskPriority.P3, at.plusSeconds(3600),
                    at, 40, RiskLevel.MEDIUM, "MEDIUM_STATIC", "IMPORTANT", List.of(s)));
            append(c, TaskDecider.streamId(t1), new SignalAttached(t1, s, 70, RiskLevel.HIGH, TaskPriority.P2,
                    at.plusSeconds(1800), at));
            append(c, TaskDecider.streamId(t1), new TaskAssigned(t1, "adv-1", at, "manager"));
            append(c, TaskDecider.streamId(t1), new ComprehensionRecorded(t1, ReasonCategory.NEGLECT,
                    new ClientValue("MEDIUM_STATIC", "IMPORTANT", new BigDecimal("900000.00"), null, null), "t", "d",
                    "r", "n", at, "adv-1"));
            append(c, TaskDecider.streamId(t1), new TaskEscalated(t1, at.plusSeconds(1800), at.plusSeconds(1801)));
            append(c, TaskDecider.streamId(t1), new TaskClosed(t1, Outcome.RETAINED, "kept", at.plusSeconds(7200),
                    "adv-1"));
            append(c, TaskDecider.streamId(t2), new TaskOpened(t2, x, "A2", TaskPriority.P1, at.plusSeconds(9000),
                    at.plusSeconds(7300), 90, RiskLevel.CRITICAL, "MEDIUM_STABLE", "IMPORTANT", List.of(s)));
            // the learned weights' history: two outcomes of the client, and a fit's end (docs/domain.md#learned-weights)
            append(c, ClientDecider.streamId(x), new ChurnOutcomeObserved(x, "O1-" + x,
                    AccountEventKind.TRANSFER_OUT_COMPLETED, at.plusSeconds(9600), null));
            append(c, ClientDecider.streamId(x), new ChurnOutcomeObserved(x, "O2-" + x, AccountEventKind.ACCOUNT_CLOSED,
                    at.plusSeconds(9700), "closed"));
            append(c, FitDecider.streamId("F-" + x), new FitFailed("F-" + x, FOLD_DAY, FOLD_DAY.plusDays(30), 90,
                    "manager", at, "too few observation points: 0"));

            try (var st = c.createStatement()) {
                st.execute("lock table es_event in share mode");
            }
            List<List<String>> inline = new ArrayList<>();
            for (Projection p : projections.all()) {
                inline.add(ReadModels.snapshot(c, p));
            }
            projections.rebuild(c, store, projections.all());
            for (int i = 0; i < projections.all().size(); i++) {
                Projection p = projections.all().get(i);
                List<String> rebuilt = ReadModels.snapshot(c, p);
                assertEquals(inline.get(i), rebuilt, p.name());
                assertTrue(rebuilt.stream().anyMatch(row -> row.contains(x)), p.name());
            }
            assertEquals("adv-2", row(c, "select advisor_id from retention_book where client_id = ?", x));
            assertEquals("STRATEGY|EMAIL|2026-03-10", row(c, "select content || '|' || channel || '|' || due_on "
                    + "from retention_reminder where client_id = ? and source = 'PREFERENCE'", x));
            assertEquals("STABLE|null", row(c, "select activity || '|' || coalesce(fell_static_on::text, 'null') "
                    + "from retention_client where client_id = ?", x));
            assertEquals("STATIC|" + FOLD_DAY, row(c, "select activity || '|' || fell_static_on from retention_client "
                    + "where client_id = ?", y));
            assertEquals("2026-03-03 02:00:00.123457+00|true", row(c, "select (last_contact_at at time zone 'UTC')::text "
                    + "|| '+00|' || neglect_raised from retention_service_plan where client_id = ?", x));
            assertEquals("CLOSED|CLOSED|P2|adv-1|NEGLECT|RETAINED|true|70|2",
                    row(c, "select status || '|' || stage || '|' || priority || '|' || assignee || '|' || reason_category "
                            + "|| '|' || outcome || '|' || escalated || '|' || risk_score || '|' || "
                            + "(select count(*) from retention_task o where o.client_id = t.client_id) "
                            + "from retention_task t where task_id = ?", t1));
            throw new RolledBack();
        }));
    }

    private void append(Connection c, String stream, Object event) throws SQLException {
        store.append(c, stream, ExpectedVersion.ANY, List.of(event), META);
    }

    private static SegmentObserved segment(String client, String previous, String segment, Size size,
                                           Activity activity, LocalDate asOf) {
        return new SegmentObserved(client, previous, segment, size, activity, ClientPriority.IMPORTANT,
                new BigDecimal("6000000.00"), asOf);
    }

    private static ContactRecorded contact(String client, String id, Instant at, String campaign) {
        return new ContactRecorded(client, id, Channel.PHONE, Direction.OUTBOUND, Purpose.REACTIVATION, at, null,
                campaign, null, "adv-1", at, null);
    }

    private static String row(Connection c, String sql, String key) throws SQLException {
        try (var ps = c.prepareStatement(sql)) {
            ps.setString(1, key);
            try (var rs = ps.executeQuery()) {
                assertTrue(rs.next(), sql);
                return rs.getString(1);
            }
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
