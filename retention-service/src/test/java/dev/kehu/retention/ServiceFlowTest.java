package dev.kehu.retention;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import org.junit.jupiter.api.Test;

import dev.kehu.eventstore.EventStore;
import dev.kehu.eventstore.runtime.Db;
import dev.kehu.retention.plan.NeglectScanner;
import dev.kehu.retention.domain.client.ClientEvent.SignalRaised;
import dev.kehu.retention.domain.client.ClientDecider;
import dev.kehu.retention.domain.signal.SignalKind;
import dev.kehu.testsupport.KafkaAndPostgresResource;
import dev.kehu.testsupport.KehuInfra;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;

/**
 * Service plans, the contact log and the NEGLECT signal (docs/domain.md#service-plans) on the real
 * broker and PostgreSQL; time is driven by back-dating the first classification through the feed's
 * {@code asOf}.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaAndPostgresResource.class,
        initArgs = @ResourceArg(name = "database", value = "retention"))
class ServiceFlowTest extends FedByKafka {

    static final Duration WAIT = Duration.ofSeconds(40);
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Inject
    NeglectScanner scanner;

    @Inject
    Db db;

    @Inject
    EventStore store;

    static String bearer(String subject, String role) {
        return "Bearer " + KehuInfra.get().tokens().token(subject, role, null);
    }

    /** A client first classified {@code daysAgo} days ago, its service plan awaited. */
    String classified(String prefix, String segment, String priority, int daysAgo) {
        String client = Feeds.newClient(prefix);
        feeds.segment(client, null, segment, priority, "6000000", TODAY.minusDays(daysAgo));
        await().atMost(WAIT).until(() -> given().get("/api/v1/clients/" + client + "/service-plan").statusCode() == 200);
        return client;
    }

    static String contact(String channel, Instant at, String extra) {
        return "{\"channel\":\"" + channel + "\",\"direction\":\"OUTBOUND\",\"purpose\":\"SERVICE_REVIEW\","
                + "\"occurredAt\":\"" + at + "\",\"notes\":\"reviewed the portfolio\"" + extra + "}";
    }

    @Test
    void aKeyClientsPlanIsPremiumAndItsClockRunsFromItsFirstClassification() {
        String client = classified("plan", "LARGE_SHORT_TERM", "KEY", 20);
        given().get("/api/v1/clients/" + client + "/service-plan").then().statusCode(200)
                .body("clientId", equalTo(client)).body("tier", equalTo("PREMIUM"))
                .body("labels.zh", equalTo("卓越服务")).body("contactEveryDays", equalTo(7))
                .body("promisedServices.code", equalTo(List.of("ADVISOR_SERVICE", "WEALTH_PLANNING",
                        "PORTFOLIO_DESIGN", "PORTFOLIO_REVIEW_MONTHLY", "PERFORMANCE_REPORT_QUARTERLY",
                        "PREMIUM_RESEARCH", "VIP_PRIVILEGES")))
                .body("promisedServices[0].zh", equalTo("投资顾问服务"))
                .body("promisedServices[0].en", equalTo("Investment advisory service"))
                .body("lastContactAt", nullValue())
                .body("nextContactDue", equalTo(TODAY.minusDays(13).toString()))
                .body("overdueDays", equalTo(13));
        // a client the service knows but that was never classified has no plan
        String unclassified = Feeds.newClient("noplan");
        feeds.accountEvent(unclassified, "COMPLAINT_FILED", Instant.now().minusSeconds(300), null);
        await().atMost(WAIT).until(() -> given().get("/api/v1/clients/" + unclassified + "/churn-risk")
                .statusCode() == 200);
        given().get("/api/v1/clients/" + unclassified + "/service-plan").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void contactsAreRecordedWithWhoRecordedThemAndListedNewestFirst() {
        String client = classified("contact", "LARGE_STABLE", "IMPORTANT", 40);
        Instant earlier = Instant.now().minus(Duration.ofDays(3)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        Instant later = Instant.now().minus(Duration.ofHours(2)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        JsonPath created = given().header("Authorization", bearer("ann", "advisor")).contentType("application/json")
                .body(contact("VISIT", later, "")).post("/api/v1/clients/" + client + "/contacts").then()
                .statusCode(201).extract().jsonPath();
        assertEquals("ann", created.getString("recordedBy"));
        assertEquals("VISIT", created.getString("channel"));
        assertEquals(later.toString(), created.getString("occurredAt"));
        given().header("Authorization", bearer("max", "manager")).contentType("application/json")
                .body(contact("PHONE", earlier, "")).post("/api/v1/clients/" + client + "/contacts").then()
                .statusCode(201).body("recordedBy", equalTo("max"));

        given().get("/api/v1/clients/" + client + "/contacts").then().statusCode(200).body("total", equalTo(2))
                .body("items.channel", equalTo(List.of("VISIT", "PHONE")))
                .body("items[0].contactId", equalTo(created.getString("contactId")));
        given().queryParam("size", 1).queryParam("page", 1).get("/api/v1/clients/" + client + "/contacts").then()
                .body("items.channel", equalTo(List.of("PHONE")));
        // the latest contact restarts the clock: VALUE_ADDED, every 30 days
        LocalDate contactDay = later.atZone(ZoneId.of("Asia/Shanghai")).toLocalDate();
        given().get("/api/v1/clients/" + client + "/service-plan").then().body("tier", equalTo("VALUE_ADDED"))
                .body("lastContactAt", equalTo(later.toString()))
                .body("nextContactDue", equalTo(contactDay.plusDays(30).toString())).body("overdueDays", equalTo(0));
    }

    @Test
    void badContactsAreFourHundredsNamingTheField() {
        String client = classified("badcontact", "SMALL_STABLE", "STANDARD", 1);
        String path = "/api/v1/clients/" + client + "/contacts";
        Instant now = Instant.now();
        String[][] cases = {
                {contact("PHONE", now.plus(Duration.ofHours(1)), ""), "occurredAt"},
                {contact("PHONE", now.minus(Duration.ofDays(366)), ""), "occurredAt"},
                {contact("PIGEON", now, ""), "channel"},
                {contact("PHONE", now, "").replace("OUTBOUND", "SIDEWAYS"), "direction"},
                {contact("PHONE", now, "").replace("SERVICE_REVIEW", "GOSSIP"), "purpose"},
                {contact("PHONE", now, "").replace(now.toString(), "yesterday"), "occurredAt"},
                {contact("PHONE", now, ",\"taskId\":\"no-such-task\""), "taskId"},
                {contact("PHONE", now, ",\"campaignId\":\"no-such-campaign\""), "campaignId"},
                {"{}", "channel"},
        };
        for (String[] c : cases) {
            given().contentType("application/json").body(c[0]).post(path).then().statusCode(400)
                    .contentType("application/problem+json").body("errors.field", hasItem(c[1]));
        }
        given().contentType("application/json").body(contact("PHONE", now.minus(Duration.ofDays(364)), ""))
                .post(path).then().statusCode(201);
        given().contentType("application/json").body(contact("PHONE", now, ""))
                .post("/api/v1/clients/" + Feeds.newClient("nobody") + "/contacts").then().statusCode(404);
        given().queryParam("tier", "GOLD").get("/api/v1/contacts/due").then().statusCode(400)
                .body("errors.field", hasItem("tier"));
    }

    @Test
    void theContactsDueAreMostOverdueFirstAndFilteredByTier() {
        String longAgo = classified("due-a", "LARGE_SHORT_TERM", "KEY", 30);
        String lately = classified("due-b", "LARGE_SHORT_TERM", "KEY", 8);
        String notYet = classified("due-c", "LARGE_SHORT_TERM", "KEY", 3);
        String basic = classified("due-d", "SMALL_STABLE", "STANDARD", 95);
        List<String> premium = given().queryParam("tier", "PREMIUM").queryParam("size", 100)
                .get("/api/v1/contacts/due").then().statusCode(200).extract().jsonPath().getList("items.clientId");
        List<String> ours = premium.stream().filter(List.of(longAgo, lately, notYet, basic)::contains).toList();
        assertEquals(List.of(longAgo, lately), ours);
        given().queryParam("tier", "BASIC").queryParam("size", 100).get("/api/v1/contacts/due").then()
                .body("items.clientId", hasItem(basic));
        JsonPath all = given().queryParam("size", 100).get("/api/v1/contacts/due").then().extract().jsonPath();
        List<Integer> overdue = all.getList("items.overdueDays", Integer.class);
        for (int i = 1; i < overdue.size(); i++) {
            assertTrue(overdue.get(i - 1) >= overdue.get(i), "most overdue first: " + overdue);
        }
    }

    @Test
    void aNeglectedClientGetsTheNeglectSignalOnceAndItCanOpenATask() {
        String client = classified("neglect", "LARGE_SHORT_TERM", "KEY", 20);
        Instant at = Instant.now().minusSeconds(600);
        feeds.accountEvent(client, "COMPLAINT_FILED", at, null);
        feeds.accountEvent(client, "COMPLAINT_FILED", at.plusSeconds(1), null);
        await().atMost(WAIT).untilAsserted(() -> given().get("/api/v1/clients/" + client + "/churn-risk").then()
                .body("riskScore", equalTo(40)));

        given().header("Authorization", bearer("max", "manager")).post("/api/v1/admin/neglect-scan").then()
                .statusCode(200).body("raised", greaterThanOrEqualTo(1)).body("scanned", greaterThanOrEqualTo(1));
        JsonPath risk = given().get("/api/v1/clients/" + client + "/churn-risk").then().statusCode(200)
                .body("riskScore", equalTo(60)).extract().jsonPath();
        assertEquals(1, risk.getList("signals.findAll { it.kind == 'NEGLECT' }").size());
        assertEquals(20, risk.getInt("signals.find { it.kind == 'NEGLECT' }.weight"));
        // 40 + 20 crosses the alert line: a CPR task like any signal's, P1 for a KEY client
        JsonPath task = RetentionFlowTest.openTaskOf(client);
        assertEquals("P1", task.getString("items[0].priority"));
        given().get("/api/v1/retention-tasks/" + task.getString("items[0].taskId")).then()
                .body("signals.kind", hasItem("NEGLECT"));

        // once per period: scanning again raises nothing for this client
        given().post("/api/v1/admin/neglect-scan").then().statusCode(200);
        given().get("/api/v1/clients/" + client + "/churn-risk").then().body("riskScore", equalTo(60));
        given().get("/api/v1/clients/" + client + "/service-plan").then().body("neglectFlagged", equalTo(true));
        // a contact ends the period
        given().contentType("application/json").body(contact("PHONE", Instant.now().minusSeconds(30), ""))
                .post("/api/v1/clients/" + client + "/contacts").then().statusCode(201);
        given().get("/api/v1/clients/" + client + "/service-plan").then().body("neglectFlagged", equalTo(false))
                .body("overdueDays", equalTo(0));
    }

    @Test
    void aClientWhoLeftIsNoLongerDueNorNeglected() {
        String stays = classified("left-a", "LARGE_SHORT_TERM", "KEY", 30);
        String leaves = classified("left-b", "LARGE_SHORT_TERM", "KEY", 30);
        feeds.accountEvent(leaves, "ACCOUNT_CLOSED", Instant.now().minusSeconds(60), null);
        await().atMost(WAIT).untilAsserted(() -> given().get("/api/v1/clients/" + leaves + "/service-plan").then()
                .statusCode(200).body("nextContactDue", nullValue()).body("overdueDays", equalTo(0)));
        given().get("/api/v1/clients/" + stays + "/service-plan").then().body("overdueDays", greaterThanOrEqualTo(23));
        List<String> due = given().queryParam("tier", "PREMIUM").queryParam("size", 100).get("/api/v1/contacts/due")
                .then().statusCode(200).extract().jsonPath().getList("items.clientId");
        assertTrue(due.contains(stays), "the control is due: " + due);
        assertFalse(due.contains(leaves), "the client who left is not: " + due);

        given().header("Authorization", bearer("max", "manager")).post("/api/v1/admin/neglect-scan").then()
                .statusCode(200);
        given().get("/api/v1/clients/" + stays + "/churn-risk").then().body("signals.kind", hasItem("NEGLECT"));
        given().get("/api/v1/clients/" + leaves + "/churn-risk").then()
                .body("signals.kind", not(hasItem("NEGLECT")));
        given().get("/api/v1/clients/" + leaves + "/service-plan").then().body("neglectFlagged", equalTo(false));
    }

    @Test
    void twoScansAtOnceRaiseOneNeglectPerClient() throws Exception {
        List<String> clients = List.of(classified("twice-a", "LARGE_STABLE", "IMPORTANT", 70),
                classified("twice-b", "SMALL_STABLE", "STANDARD", 200),
                classified("twice-c", "LARGE_SHORT_TERM", "KEY", 16));
        CyclicBarrier start = new CyclicBarrier(2);
        CompletableFuture<NeglectScanner.ScanResult> one = CompletableFuture.supplyAsync(() -> {
            meet(start);
            return scanner.scan("instance-1", "system");
        });
        CompletableFuture<NeglectScanner.ScanResult> two = CompletableFuture.supplyAsync(() -> {
            meet(start);
            return scanner.scan("instance-2", "system");
        });
        NeglectScanner.ScanResult a = one.get();
        NeglectScanner.ScanResult b = two.get();
        assertTrue(a.raised() + b.raised() >= clients.size(), a + " " + b);
        for (String client : clients) {
            long neglect = db.call(c -> store.readStream(c, ClientDecider.streamId(client))).stream()
                    .filter(e -> e.event() instanceof SignalRaised s && s.kind() == SignalKind.NEGLECT).count();
            assertEquals(1, neglect, client);
        }
    }

    private static void meet(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
