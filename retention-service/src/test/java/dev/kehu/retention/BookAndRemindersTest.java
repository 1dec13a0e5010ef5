package dev.kehu.retention;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import dev.kehu.eventstore.DeadLetters;
import dev.kehu.testsupport.KafkaAndPostgresResource;
import dev.kehu.testsupport.KafkaTestClient;
import dev.kehu.testsupport.KehuInfra;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The advisor's book, reminders and next actions end to end on the real broker and database
 * (docs/domain.md#advisor-book, #reminders, #next-actions).
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaAndPostgresResource.class,
        initArgs = @ResourceArg(name = "database", value = "retention"))
class BookAndRemindersTest extends FedByKafka {

    private static final Duration WAIT = Duration.ofSeconds(60);

    static String bearer(String subject, String role) {
        return "Bearer " + KehuInfra.get().tokens().token(subject, role, null);
    }

    static String newAdvisor() {
        return "adv-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A manager puts the client in the advisor's book, once the service has heard of the client. */
    static void assign(String clientId, String advisorId) {
        await().atMost(WAIT).untilAsserted(() -> given().contentType("application/json")
                .body("{\"advisorId\":\"" + advisorId + "\"}").put("/api/v1/clients/" + clientId + "/advisor").then()
                .statusCode(200).body("advisorId", equalTo(advisorId)).body("assignedBy", equalTo("test-manager")));
    }

    static String contact(String reminderContent) {
        return "{\"channel\":\"PHONE\",\"direction\":\"OUTBOUND\",\"purpose\":\"STRATEGY_REMINDER\",\"occurredAt\":\""
                + Instant.now().minusSeconds(60) + "\"" + (reminderContent == null ? ""
                : ",\"reminderContent\":\"" + reminderContent + "\"") + "}";
    }

    @Test
    void aNeedsReminderFallsDueAndAContactCarryingItsContentClearsIt() {
        String client = Feeds.newClient("needs");
        String advisor = newAdvisor();
        feeds.needs(client, "MARKET_ALERT", "SMS", "DAILY", Instant.now().minus(3, ChronoUnit.DAYS));
        assign(client, advisor);
        String due = "/api/v1/reminders/due?advisorId=" + advisor + "&content=MARKET_ALERT&channel=SMS";
        await().atMost(WAIT).untilAsserted(() -> given().get(due).then().statusCode(200).body("total", equalTo(1))
                .body("items[0].clientId", equalTo(client)).body("items[0].source", equalTo("PREFERENCE"))
                .body("items[0].overdueDays", greaterThanOrEqualTo(1)));
        given().get("/api/v1/clients/" + client + "/reminders").then().statusCode(200)
                .body("items.content", hasItem("MARKET_ALERT"));
        String mine = bearer(advisor, "advisor");
        given().header("Authorization", mine).get("/api/v1/advisors/me/next-actions").then().statusCode(200)
                .body("items.find { it.kind == 'REMINDER' }.clientId", equalTo(client))
                .body("items.find { it.kind == 'REMINDER' }.reason.code", equalTo("REMINDER_MARKET_ALERT"))
                .body("items.find { it.kind == 'REMINDER' }.channel", equalTo("SMS"))
                .body("items.find { it.kind == 'REMINDER' }.personality", equalTo("PERFECT"));

        // a contact with another content does not clear it
        given().contentType("application/json").body(contact("STRATEGY")).post("/api/v1/clients/" + client
                + "/contacts").then().statusCode(201).body("reminderContent", equalTo("STRATEGY"));
        given().get(due).then().statusCode(200).body("total", equalTo(1));
        // one carrying MARKET_ALERT does: the next is due a day after it
        given().contentType("application/json").body(contact("MARKET_ALERT")).post("/api/v1/clients/" + client
                + "/contacts").then().statusCode(201).body("reminderContent", equalTo("MARKET_ALERT"));
        given().get(due).then().statusCode(200).body("total", equalTo(0));
        given().get("/api/v1/clients/" + client + "/reminders").then().statusCode(200)
                .body("items.find { it.content == 'MARKET_ALERT' }.overdueDays", equalTo(0));
        given().header("Authorization", mine).get("/api/v1/advisors/me/next-actions").then().statusCode(200)
                .body("items.kind", not(hasItem("REMINDER")));
    }

    @Test
    void anAssessmentNearItsExpiryIsAReassessmentNextAction() {
        String client = Feeds.newClient("reassess");
        String old = Feeds.newClient("reassess-old");
        String advisor = newAdvisor();
        Instant completed = Instant.now().minus(340, ChronoUnit.DAYS);
        feeds.questionnaire(client, completed, Instant.now().plus(20, ChronoUnit.DAYS));
        // an event from before validUntil existed raises no REASSESSMENT reminder
        feeds.questionnaire(old, completed, null);
        assign(client, advisor);
        assign(old, advisor);
        await().atMost(WAIT).untilAsserted(() -> given().header("Authorization", bearer(advisor, "advisor"))
                .get("/api/v1/advisors/" + advisor + "/next-actions").then().statusCode(200)
                .body("items.find { it.kind == 'REASSESSMENT' }.clientId", equalTo(client))
                .body("items.find { it.kind == 'REASSESSMENT' }.reason.code", equalTo("ASSESSMENT_EXPIRING"))
                .body("items.find { it.kind == 'REASSESSMENT' }.reason.zh", equalTo("风险评估即将到期，请重新评估"))
                .body("items.find { it.kind == 'REASSESSMENT' }.overdueDays", equalTo(10)));
        JsonPath reminders = given().get("/api/v1/clients/" + client + "/reminders").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of("EVENT"), reminders.getList("items.source"));
        given().get("/api/v1/clients/" + old + "/reminders").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void nextActionsPutTheBooksOpenTasksFirstThenTheContactsOverdue() {
        String premium = Feeds.newClient("next-premium");
        String leaving = Feeds.newClient("next-leaving");
        String advisor = newAdvisor();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        // PREMIUM from 20 days ago, never contacted: the 7-day contact is 13 days overdue
        feeds.segment(premium, null, "LARGE_SHORT_TERM", "KEY", "9000000", today.minusDays(20));
        feeds.accountEvent(leaving, "TRANSFER_OUT_REQUESTED", Instant.now().minusSeconds(600), null);
        String taskId = RetentionFlowTest.openTaskOf(leaving).getString("items[0].taskId");
        assign(premium, advisor);
        assign(leaving, advisor);
        await().atMost(WAIT).untilAsserted(() -> given().get("/api/v1/advisors/" + advisor + "/next-actions").then()
                .statusCode(200).body("total", equalTo(2))
                .body("items[0].kind", equalTo("TASK")).body("items[0].clientId", equalTo(leaving))
                .body("items[0].link.taskId", equalTo(taskId)).body("items[0].reason.en", equalTo("Open retention (CPR) task"))
                .body("items[1].kind", equalTo("CONTACT_DUE")).body("items[1].clientId", equalTo(premium))
                .body("items[1].overdueDays", equalTo(13)).body("items[1].priority", equalTo("KEY"))
                .body("items[1].dueOn", equalTo(today.minusDays(13).toString())));
        given().get("/api/v1/advisors/" + advisor + "/next-actions?page=1&size=1").then().statusCode(200)
                .body("total", equalTo(2)).body("items.clientId", equalTo(List.of(premium)));
    }

    @Test
    void advisorAssignedFromTheAccountFeedPutsTheClientInTheBook() {
        String client = Feeds.newClient("book");
        String advisor = newAdvisor();
        feeds.advisorAssigned(client, advisor, Instant.now().minusSeconds(60));
        await().atMost(WAIT).untilAsserted(() -> given().header("Authorization", bearer(advisor, "advisor"))
                .get("/api/v1/advisors/me/clients").then().statusCode(200).body("total", equalTo(1))
                .body("items[0].clientId", equalTo(client)).body("items[0].assignedBy", equalTo("back-office")));
        // an assignment raises no churn signal
        given().get("/api/v1/clients/" + client + "/churn-risk").then().statusCode(200).body("riskScore", equalTo(0));
        // a manager moves the client to another advisor's book
        String other = newAdvisor();
        assign(client, other);
        given().get("/api/v1/advisors/" + advisor + "/clients").then().statusCode(200).body("total", equalTo(0));
        given().get("/api/v1/advisors/" + other + "/clients").then().statusCode(200).body("total", equalTo(1));
    }

    @Test
    void anAdvisorAssignedWithoutAnAdvisorIsDeadLettered() {
        String client = Feeds.newClient("book-bad");
        kafka.sendCloudEvent(Feeds.ACCOUNT_EVENTS, UUID.randomUUID().toString(), "backoffice.account.event.v1", client,
                Feeds.accountEventJson(client, "ADVISOR_ASSIGNED", Instant.now().minusSeconds(60), null));
        List<ConsumerRecord<String, String>> dead = kafka.awaitForKey(Feeds.ACCOUNT_EVENTS + DeadLetters.SUFFIX,
                client, 1, WAIT);
        assertEquals(1, dead.size());
        String reason = KafkaTestClient.header(dead.get(0), DeadLetters.REASON);
        assertTrue(reason.contains("advisorId"), reason);
    }
}
