package dev.kehu.retention;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.both;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
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

/**
 * Trust, tried for real: each role boundary of the retention endpoints, who did each step, and
 * bad input on every write endpoint and every consumed topic.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaAndPostgresResource.class,
        initArgs = @ResourceArg(name = "database", value = "retention"))
class TrustTest extends FedByKafka {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static String bearer(String subject, String role, String clientId) {
        return "Bearer " + KehuInfra.get().tokens().token(subject, role, clientId);
    }

    private String openTask(String prefix) {
        String client = Feeds.newClient(prefix);
        feeds.accountEvent(client, "TRANSFER_OUT_REQUESTED", Instant.now().minusSeconds(600), null);
        return RetentionFlowTest.openTaskOf(client).getString("items[0].taskId");
    }

    /** Only tokens issued for Kehu ({@code aud} kehu): another application's token of the same issuer is refused. */
    @Test
    void onlyATokenWhoseAudienceIsKehuIsAccepted() {
        for (String audience : new String[] {"kehu", "other-app", null}) {
            String token = KehuInfra.get().tokens().token("aud", java.util.List.of("advisor"), null,
                    Duration.ofHours(1), audience);
            given().header("Authorization", "Bearer " + token).get("/api/v1/retention-tasks").then()
                    .statusCode("kehu".equals(audience) ? 200 : 401);
        }
        given().header("Authorization", "Bearer " + KehuInfra.get().tokens().token("aud", java.util.List.of("manager"),
                null, Duration.ofHours(1), "other-app")).get("/api/v1/admin/jobs/00000000-0000-0000-0000-000000000000")
                .then().statusCode(401).contentType("application/problem+json");
        given().get("/api/v1/admin/jobs/00000000-0000-0000-0000-000000000000").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void everyRoleBoundaryOfTheRetentionEndpointsHolds() {
        String taskId = openTask("roles");
        String advisor = bearer("ann", "advisor", null);
        String auditor = bearer("aud", "auditor", null);
        String client = bearer("C1", "client", "C1");

        given().header("Authorization", "none").get("/api/v1/retention-tasks").then().statusCode(401)
                .contentType("application/problem+json");
        given().header("Authorization", "Bearer not.a.token").get("/api/v1/retention-tasks").then().statusCode(401)
                .contentType("application/problem+json").body("status", equalTo(401));

        given().header("Authorization", client).get("/api/v1/retention-tasks").then().statusCode(403)
                .contentType("application/problem+json");
        given().header("Authorization", client).get("/api/v1/clients/C1/churn-risk").then().statusCode(403);

        given().header("Authorization", advisor).get("/api/v1/retention-tasks/" + taskId).then().statusCode(200);
        given().header("Authorization", advisor).get("/api/v1/retention/stats").then().statusCode(403);
        given().header("Authorization", advisor).contentType("application/json").body("{\"advisorId\":\"ann\"}")
                .post("/api/v1/retention-tasks/" + taskId + "/assign").then().statusCode(403);

        given().header("Authorization", auditor).get("/api/v1/retention/stats").then().statusCode(200);
        given().header("Authorization", auditor).get("/api/v1/reactivation-candidates").then().statusCode(200);
        given().header("Authorization", auditor).contentType("application/json")
                .body("{\"step\":\"LISTEN\",\"notes\":\"x\"}")
                .post("/api/v1/retention-tasks/" + taskId + "/lscpa").then().statusCode(403);

        given().header("Authorization", bearer("max", "manager", null)).contentType("application/json")
                .body("{\"advisorId\":\"ann\"}").post("/api/v1/retention-tasks/" + taskId + "/assign").then()
                .statusCode(200);
        // a claim: never by an auditor; another advisor's task is refused naming who has it; one's own changes nothing
        given().header("Authorization", auditor).post("/api/v1/retention-tasks/" + taskId + "/claim").then()
                .statusCode(403);
        given().header("Authorization", bearer("bob", "advisor", null)).post("/api/v1/retention-tasks/" + taskId
                + "/claim").then().statusCode(409).contentType("application/problem+json").body("assignee", equalTo("ann"));
        int version = given().header("Authorization", bearer("ann", "advisor", null))
                .get("/api/v1/retention-tasks/" + taskId).then().statusCode(200).extract().path("version");
        given().header("Authorization", bearer("ann", "advisor", null)).post("/api/v1/retention-tasks/" + taskId
                + "/claim").then().statusCode(200).body("assignee", equalTo("ann")).body("version", equalTo(version));
        given().header("Authorization", bearer("max", "manager", null)).get("/api/v1/retention/stats").then()
                .statusCode(200);
    }

    @Test
    void everyRoleBoundaryOfTheServiceAndCampaignEndpointsHolds() {
        String advisor = bearer("ann", "advisor", null);
        String auditor = bearer("aud", "auditor", null);
        String manager = bearer("max", "manager", null);
        String contact = "{\"channel\":\"PHONE\",\"direction\":\"OUTBOUND\",\"purpose\":\"OTHER\","
                + "\"occurredAt\":\"" + Instant.now().minusSeconds(60) + "\"}";
        String campaign = "{\"name\":\"roles\",\"startsOn\":\"2026-04-01\",\"endsOn\":\"2026-04-30\"}";
        String c1 = Feeds.newClient("roles-c");
        String own = bearer(c1, "client", c1);
        for (String path : List.of("/api/v1/contacts/due", "/api/v1/churn-risks", "/api/v1/reactivation-campaigns",
                "/api/v1/retention-tasks?assignee=none", "/api/v1/clients/" + c1 + "/contacts")) {
            given().header("Authorization", "none").get(path).then().statusCode(401)
                    .contentType("application/problem+json");
            given().header("Authorization", own).get(path).then().statusCode(403)
                    .contentType("application/problem+json");
            given().header("Authorization", auditor).get(path).then().statusCode(200);
            given().header("Authorization", advisor).get(path).then().statusCode(200);
        }
        // a client sees its own service plan (404: never classified) and no one else's
        given().header("Authorization", own).get("/api/v1/clients/" + c1 + "/service-plan").then().statusCode(404);
        given().header("Authorization", own).get("/api/v1/clients/C1/service-plan").then().statusCode(403);
        given().header("Authorization", own).contentType("application/json").body(contact)
                .post("/api/v1/clients/" + c1 + "/contacts").then().statusCode(403);
        given().header("Authorization", auditor).contentType("application/json").body(contact)
                .post("/api/v1/clients/" + c1 + "/contacts").then().statusCode(403);
        given().header("Authorization", advisor).contentType("application/json").body(contact)
                .post("/api/v1/clients/" + c1 + "/contacts").then().statusCode(404);
        for (String who : List.of(advisor, auditor, own)) {
            given().header("Authorization", who).post("/api/v1/admin/neglect-scan").then().statusCode(403);
            given().header("Authorization", who).contentType("application/json").body(campaign)
                    .post("/api/v1/reactivation-campaigns").then().statusCode(403);
        }
        given().header("Authorization", advisor).get("/api/v1/retention/stats?from=2026-01-01").then().statusCode(403);
        given().header("Authorization", manager).post("/api/v1/admin/neglect-scan").then().statusCode(200);
        given().header("Authorization", manager).contentType("application/json").body(campaign)
                .post("/api/v1/reactivation-campaigns").then().statusCode(201);
    }

    @Test
    void everyRoleBoundaryOfTheBookRemindersAndNextActionsHolds() {
        String c1 = Feeds.newClient("roles-book");
        feeds.accountEvent(c1, "COMPLAINT_FILED", Instant.now().minusSeconds(600), null);
        String ann = bearer("ann", "advisor", null);
        String bob = bearer("bob", "advisor", null);
        String auditor = bearer("aud", "auditor", null);
        String manager = bearer("max", "manager", null);
        String own = bearer(c1, "client", c1);
        for (String path : List.of("/api/v1/advisors/me/clients", "/api/v1/advisors/me/next-actions",
                "/api/v1/reminders/due", "/api/v1/clients/" + c1 + "/reminders")) {
            given().header("Authorization", "none").get(path).then().statusCode(401)
                    .contentType("application/problem+json");
            given().header("Authorization", own).get(path).then().statusCode(403)
                    .contentType("application/problem+json");
            for (String staff : List.of(ann, auditor, manager)) {
                given().header("Authorization", staff).get(path).then().statusCode(200);
            }
        }
        // an advisor sees its own book and next actions, by id or as me; another advisor's only a manager (or auditor)
        for (String path : List.of("/api/v1/advisors/ann/clients", "/api/v1/advisors/ann/next-actions")) {
            given().header("Authorization", ann).get(path).then().statusCode(200);
            given().header("Authorization", bob).get(path).then().statusCode(403)
                    .contentType("application/problem+json");
            given().header("Authorization", manager).get(path).then().statusCode(200);
            given().header("Authorization", auditor).get(path).then().statusCode(200);
        }
        // the responsible advisor: staff read it (404 until the client is in a book), a client token never
        String advisorOf = "/api/v1/clients/" + c1 + "/advisor";
        given().header("Authorization", "none").get(advisorOf).then().statusCode(401);
        given().header("Authorization", own).get(advisorOf).then().statusCode(403).contentType("application/problem+json");
        given().header("Authorization", ann).get(advisorOf).then().statusCode(404).contentType("application/problem+json");
        String body = "{\"advisorId\":\"ann\"}";
        for (String who : List.of(ann, auditor, own)) {
            given().header("Authorization", who).contentType("application/json").body(body)
                    .put("/api/v1/clients/" + c1 + "/advisor").then().statusCode(403);
        }
        given().header("Authorization", manager).contentType("application/json").body(body)
                .put("/api/v1/clients/" + Feeds.newClient("nobody") + "/advisor").then().statusCode(404)
                .contentType("application/problem+json");
        await().atMost(WAIT).untilAsserted(() -> given().header("Authorization", manager)
                .contentType("application/json").body(body).put("/api/v1/clients/" + c1 + "/advisor").then()
                .statusCode(200).body("assignedBy", equalTo("max")));
        for (String staff : List.of(ann, bob, auditor, manager)) {
            given().header("Authorization", staff).get(advisorOf).then().statusCode(200)
                    .body("advisorId", equalTo("ann")).body("assignedBy", equalTo("max"));
        }
        given().header("Authorization", own).get(advisorOf).then().statusCode(403);
    }

    @Test
    void everyRoleBoundaryOfTheLearnedWeightsHolds() {
        String advisor = bearer("ann", "advisor", null);
        String auditor = bearer("aud", "auditor", null);
        String own = bearer("C1", "client", "C1");
        String fit = "{\"from\":\"2025-01-01\",\"to\":\"2025-06-30\"}";
        String fitId = UUID.randomUUID().toString();
        for (String path : List.of("/api/v1/churn-weights", "/api/v1/churn-model/fits")) {
            given().header("Authorization", "none").get(path).then().statusCode(401)
                    .contentType("application/problem+json");
            given().header("Authorization", own).get(path).then().statusCode(403)
                    .contentType("application/problem+json");
            given().header("Authorization", advisor).get(path).then().statusCode(200);
            given().header("Authorization", auditor).get(path).then().statusCode(200);
        }
        given().header("Authorization", advisor).get("/api/v1/churn-model/fits/" + fitId).then().statusCode(404)
                .contentType("application/problem+json");
        // only a manager starts a fit or adopts one
        for (String who : List.of(advisor, auditor, own)) {
            given().header("Authorization", who).contentType("application/json").body(fit)
                    .post("/api/v1/admin/churn-model/fits").then().statusCode(403)
                    .contentType("application/problem+json");
            given().header("Authorization", who).post("/api/v1/churn-model/fits/" + fitId + "/adoption").then()
                    .statusCode(403).contentType("application/problem+json");
        }
        given().header("Authorization", bearer("max", "manager", null)).post("/api/v1/churn-model/fits/" + fitId
                + "/adoption").then().statusCode(404).contentType("application/problem+json");
        // nobody adopted anything here: version 1, the configured weights
        given().header("Authorization", advisor).get("/api/v1/churn-weights").then().statusCode(200)
                .body("version", equalTo(1)).body("weights.COMPLAINT", equalTo(20))
                .body("history.version", equalTo(List.of(1)));
    }

    @Test
    void badChurnModelInputIsAFourHundredNamingTheField() {
        int fits = given().get("/api/v1/churn-model/fits").then().statusCode(200).extract().path("total");
        Map<String, String> bodies = Map.of(
                "{\"from\":\"yesterday\",\"to\":\"2025-06-30\"}", "from",
                "{\"to\":\"2025-06-30\"}", "from",
                "{\"from\":\"2025-01-01\"}", "to",
                "{\"from\":\"2025-01-01\",\"to\":\"2024-12-31\"}", "to",
                "{\"from\":\"2025-01-01\",\"to\":\"2099-01-01\"}", "to",
                "{\"from\":\"2001-01-01\",\"to\":\"2025-06-30\"}", "from",
                "{\"from\":\"2025-01-01\",\"to\":\"2025-06-30\",\"horizonDays\":0}", "horizonDays",
                "{\"from\":\"2025-01-01\",\"to\":\"2025-06-30\",\"horizonDays\":366}", "horizonDays",
                "{\"from\":\"2025-01-01\",\"to\":\"2025-06-30\",\"horizonDays\":-90}", "horizonDays");
        bodies.forEach((body, field) -> given().contentType("application/json").body(body)
                .post("/api/v1/admin/churn-model/fits").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(field)));
        for (String body : List.of("{\"from\":\"2025-01-01\",\"to\":\"2025-06-30\",\"horizonDays\":\"abc\"}",
                "{\"from\":\"2025-01-01\",\"to\":\"2025-06-30\",\"unexpected\":1}", "[]", "null", "")) {
            int status = given().contentType("application/json").body(body).post("/api/v1/admin/churn-model/fits")
                    .then().contentType("application/problem+json").extract().statusCode();
            assertEquals(400, status, body);
        }
        Map<String, String> paths = Map.of(
                "/api/v1/churn-model/fits/not-a-uuid", "fitId",
                "/api/v1/churn-model/fits?size=101", "size",
                "/api/v1/churn-model/fits?page=-1", "page");
        paths.forEach((path, field) -> given().urlEncodingEnabled(false).get(path).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem(field)));
        given().post("/api/v1/churn-model/fits/not-a-uuid/adoption").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("fitId"));
        // none of them started a fit
        given().get("/api/v1/churn-model/fits").then().statusCode(200).body("total", equalTo(fits));
    }

    @Test
    void badBookReminderAndNextActionInputIsAFourHundredNamingTheField() {
        Map<String, String> cases = Map.of(
                "/api/v1/reminders/due?channel=FAX", "channel",
                "/api/v1/reminders/due?content=GOSSIP", "content",
                "/api/v1/reminders/due?advisorId=%3Cscript%3E", "advisorId",
                "/api/v1/reminders/due?size=101", "size",
                "/api/v1/clients/C1/reminders?page=-1", "page",
                "/api/v1/advisors/a%20b/clients", "advisorId",
                "/api/v1/advisors/me/clients?size=0", "size",
                "/api/v1/advisors/" + "x".repeat(101) + "/next-actions", "advisorId",
                "/api/v1/advisors/me/next-actions?page=abc", "page");
        cases.forEach((path, field) -> given().urlEncodingEnabled(false).get(path).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem(field)));
        for (String body : List.of("{\"advisorId\":\"\"}", "{\"advisorId\":\"a b\"}",
                "{\"advisorId\":\"ann\",\"unexpected\":1}", "{}", "[]")) {
            int status = given().contentType("application/json").body(body).put("/api/v1/clients/C1/advisor").then()
                    .contentType("application/problem+json").extract().statusCode();
            assertEquals(400, status, body);
        }
        given().contentType("application/json").body("{\"advisorId\":\"\"}").put("/api/v1/clients/C1/advisor").then()
                .statusCode(400).body("errors.field", hasItem("advisorId"));
        // a client no service has heard of, and one never put in a book: 404 problem+json, never a 500
        for (String client : List.of(Feeds.newClient("nobody"), "x".repeat(300), "C%20%3Cscript%3E")) {
            given().urlEncodingEnabled(false).get("/api/v1/clients/" + client + "/advisor").then().statusCode(404)
                    .contentType("application/problem+json").body("detail", org.hamcrest.Matchers.containsString("no advisor"));
        }
        given().contentType("application/json").body("{\"channel\":\"PHONE\",\"direction\":\"OUTBOUND\","
                + "\"purpose\":\"OTHER\",\"occurredAt\":\"" + Instant.now().minusSeconds(60) + "\","
                + "\"reminderContent\":\"GOSSIP\"}").post("/api/v1/clients/C1/contacts").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("reminderContent"));
    }

    @Test
    void badListParametersAreFourHundredsNamingTheParameter() {
        Map<String, String> cases = Map.of(
                "/api/v1/churn-risks?level=SEVERE", "level",
                "/api/v1/churn-risks?minScore=abc", "minScore",
                "/api/v1/churn-risks?minScore=101", "minScore",
                "/api/v1/retention/stats?from=last-week", "from",
                "/api/v1/retention/stats?from=2026-03-02&to=2026-03-01", "to",
                "/api/v1/contacts/due?tier=GOLD", "tier",
                "/api/v1/contacts/due?size=101", "size",
                "/api/v1/reactivation-campaigns?page=-1", "page",
                "/api/v1/clients/C1/contacts?size=0", "size");
        cases.forEach((path, field) -> given().urlEncodingEnabled(false).get(path).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", org.hamcrest.Matchers.hasItem(field)));
        for (String body : List.of("[]", "null", "", "{\"channel\":42}", "{\"occurredAt\":{}}",
                "{\"channel\":\"PHONE\",\"unexpected\":1}", "{\"notes\":\"" + "x".repeat(70_000) + "\"}")) {
            int status = given().contentType("application/json").body(body).post("/api/v1/clients/C1/contacts").then()
                    .extract().statusCode();
            assertTrue(status >= 400 && status < 500, "contact " + body.substring(0, Math.min(40, body.length()))
                    + " -> " + status);
            status = given().contentType("application/json").body(body).post("/api/v1/reactivation-campaigns").then()
                    .extract().statusCode();
            assertTrue(status >= 400 && status < 500, "campaign " + body.substring(0, Math.min(40, body.length()))
                    + " -> " + status);
        }
    }

    @Test
    void theTaskHistoryShowsWhoDidEachStep() {
        String taskId = openTask("audit");
        given().header("Authorization", bearer("ann", "advisor", null)).header("X-Correlation-Id", "corr-ret-1")
                .contentType("application/json").body("{\"reasonCategory\":\"NEGLECT\",\"trigger\":\"no calls\","
                        + "\"driver\":\"rival offer\",\"rootCause\":\"no advisor\",\"notes\":\"\"}")
                .post("/api/v1/retention-tasks/" + taskId + "/comprehension").then().statusCode(200)
                .header("X-Correlation-Id", "corr-ret-1");
        String history = given().get("/api/v1/retention-tasks/" + taskId).then().statusCode(200).extract().asString();
        assertTrue(history.contains("\"ann\""), history);
        assertTrue(history.contains("advisor"), history);
    }

    @Test
    void badRequestBodiesGetAFourHundredProblemNeverAFiveHundred() {
        String taskId = openTask("badrest");
        String base = "/api/v1/retention-tasks/" + taskId;
        List<String[]> cases = List.of(
                new String[] {"/comprehension", "{\"reasonCategory\": "},
                new String[] {"/comprehension", "{\"reasonCategory\":\"BORED\",\"trigger\":\"t\",\"driver\":\"d\",\"rootCause\":\"r\"}"},
                new String[] {"/comprehension", "{\"reasonCategory\":42}"},
                new String[] {"/comprehension", "[]"},
                new String[] {"/comprehension", "null"},
                new String[] {"/comprehension", ""},
                new String[] {"/comprehension", "{\"reasonCategory\":\"NEGLECT\",\"trigger\":\"" + "x".repeat(70_000) + "\"}"},
                new String[] {"/comprehension", "{\"reasonCategory\":\"NEGLECT\",\"trigger\":\"\\u0000\",\"driver\":\"d\",\"rootCause\":\"r\"}"},
                new String[] {"/proposal", "{\"steps\":[{\"level\":-1,\"action\":\"x\"}]}"},
                new String[] {"/proposal", "{\"steps\":\"all of them\"}"},
                new String[] {"/response", "{\"answer\":\"MAYBE\"}"},
                new String[] {"/close", "{\"outcome\":\"'; drop table es_event; --\"}"},
                new String[] {"/lscpa", "{\"step\":\"<script>alert(1)</script>\"}"},
                new String[] {"/assign", "{\"advisorId\":\"\"}"},
                new String[] {"/assign", "{\"advisorId\":\"ann\",\"unexpected\":true}"});
        for (String[] c : cases) {
            int status = given().contentType("application/json").body(c[1]).post(base + c[0]).then().extract().statusCode();
            assertTrue(status >= 400 && status < 500, c[0] + " " + c[1].substring(0, Math.min(80, c[1].length())) + " -> " + status);
        }
        for (String path : List.of("/api/v1/retention-tasks/not-a-uuid", "/api/v1/retention-tasks?priority=P9",
                "/api/v1/retention-tasks?page=-1", "/api/v1/retention-tasks?size=100000",
                "/api/v1/clients/%00/churn-risk", "/api/v1/clients/C1/churn-risk?asOf=yesterday")) {
            given().urlEncodingEnabled(false).get(path).then().statusCode(both(greaterThanOrEqualTo(400)).and(lessThan(500)));
        }
        // a NUL is refused where it comes in, naming the field (no text column could store it downstream)
        given().contentType("application/json").body("{\"reasonCategory\":\"NEGLECT\",\"trigger\":\"t\",\"driver\":"
                        + "\"a\\u0000b\",\"rootCause\":\"r\"}").post(base + "/comprehension").then().statusCode(400)
                .body("errors.field", hasItem("driver")).body("errors.message", hasItem("contains a NUL character"));
        given().header("If-Match", "\"banana\"").contentType("application/json").body("{\"step\":\"LISTEN\",\"notes\":\"\"}")
                .post(base + "/lscpa").then().statusCode(both(greaterThanOrEqualTo(400)).and(lessThan(500)));
        // still healthy, and the task still works
        given().contentType("application/json").body("{\"step\":\"LISTEN\",\"notes\":\"客户 😀 \u202e\"}")
                .post(base + "/lscpa").then().statusCode(200);
        given().get(base).then().statusCode(200).body("lscpa.step", hasItem("LISTEN"));
    }

    @Test
    void badMessagesOnEveryConsumedTopicAreDeadLetteredWithTheirReasonAndGoodOnesFlow() {
        String run = UUID.randomUUID().toString().substring(0, 6);
        Instant at = Instant.now().minusSeconds(300);
        Map<String, String[]> cases = Map.of(
                "acct-kind-" + run, new String[] {Feeds.ACCOUNT_EVENTS, "backoffice.account.event.v1",
                        Feeds.accountEventJson("acct-kind-" + run, "TELEPORTED", at, null), "kind"},
                "acct-neg-" + run, new String[] {Feeds.ACCOUNT_EVENTS, "backoffice.account.event.v1",
                        Feeds.accountEventJson("acct-neg-" + run, "WITHDRAWAL", at, "-10"), "amount"},
                "bal-neg-" + run, new String[] {Feeds.BALANCES, "backoffice.balance.reported.v1",
                        "{\"clientId\":\"bal-neg-" + run + "\",\"accountId\":\"A\",\"asOf\":\"2026-03-01\","
                                + "\"totalAssets\":-1,\"cash\":0,\"marketValue\":0}", "totalAssets"},
                "seg-code-" + run, new String[] {Feeds.SEGMENTS, "segmentation.segment.changed.v1",
                        "{\"clientId\":\"seg-code-" + run + "\",\"previousSegment\":null,\"segment\":\"HUGE_WILD\","
                                + "\"size\":\"HUGE\",\"activity\":\"WILD\",\"priority\":\"KEY\",\"averageAssets\":1,"
                                + "\"turnover\":0,\"asOf\":\"2026-03-01\"}", "unknown code"},
                "survey-gap-" + run, new String[] {Feeds.SURVEYS, "profiling.service-survey.completed.v1",
                        "{\"surveyId\":\"s1\",\"clientId\":\"survey-gap-" + run + "\",\"completedAt\":\"" + at
                                + "\",\"dimensionGaps\":{},\"overallGap\":\"bad\"}", "overallGap"},
                "nul-\u0000-" + run, new String[] {Feeds.ACCOUNT_EVENTS, "backoffice.account.event.v1",
                        Feeds.accountEventJson("nul-\\u0000-" + run, "COMPLAINT_FILED", at, null), "clientId"},
                "acct-adv-" + run, new String[] {Feeds.ACCOUNT_EVENTS, "backoffice.account.event.v1",
                        Feeds.accountEventJson("acct-adv-" + run, "ADVISOR_ASSIGNED", at, null), "advisorId"},
                "needs-freq-" + run, new String[] {Feeds.CLIENT_NEEDS, "profiling.client-needs.recorded.v1",
                        Feeds.needsJson("needs-freq-" + run, "[{\"content\":\"STRATEGY\",\"channel\":\"SMS\","
                                + "\"frequency\":\"HOURLY\"}]", at), "reminders[0]"},
                "quest-until-" + run, new String[] {Feeds.QUESTIONNAIRES, "profiling.questionnaire.completed.v1",
                        Feeds.questionnaireJson("quest-until-" + run, at, null).replaceFirst("\"lowestCategory\":false", "\"lowestCategory\":false,"
                                        + "\"validUntil\":\"next year\""), "validUntil"});
        cases.forEach((client, c) -> kafka.sendCloudEvent(c[0], UUID.randomUUID().toString(), c[1], client, c[2]));
        String good = Feeds.newClient("after-bad");
        feeds.accountEvent(good, "COMPLAINT_FILED", at, null);

        cases.forEach((client, c) -> {
            List<ConsumerRecord<String, String>> dead = kafka.awaitForKey(c[0] + DeadLetters.SUFFIX, client, 1, WAIT);
            assertEquals(1, dead.size(), "no dead letter for " + client);
            String reason = KafkaTestClient.header(dead.get(0), DeadLetters.REASON);
            assertTrue(reason.contains(c[3]), client + ": " + reason);
        });
        await().atMost(WAIT).untilAsserted(() -> given().get("/api/v1/clients/" + good + "/churn-risk").then()
                .statusCode(200).body("riskScore", equalTo(20)));
    }
}
