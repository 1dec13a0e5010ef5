package dev.kehu.retention;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import dev.kehu.testsupport.KafkaAndPostgresResource;
import dev.kehu.testsupport.KafkaTestClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The CPR workflow over REST: every step, the refused ones, concurrent edits, what is published. */
@QuarkusTest
@QuarkusTestResource(value = KafkaAndPostgresResource.class,
        initArgs = @ResourceArg(name = "database", value = "retention"))
class TaskWorkflowTest extends FedByKafka {

    static final String TASK_EVENTS = "retention.task-events";
    static final Duration WAIT = Duration.ofSeconds(40);

    /** A client who asked to transfer out, and the task that opened for it. */
    String openTask(String client) {
        feeds.accountEvent(client, "TRANSFER_OUT_REQUESTED", Instant.now().minusSeconds(300), null);
        await().atMost(WAIT).until(() -> given().queryParam("clientId", client).get("/api/v1/retention-tasks")
                .then().extract().jsonPath().getInt("total") == 1);
        return given().queryParam("clientId", client).get("/api/v1/retention-tasks").then().extract().jsonPath()
                .getString("items[0].taskId");
    }

    static String post(String taskId, String step, String etag, String body, int status) {
        var request = given().contentType(ContentType.JSON).body(body);
        if (etag != null) {
            request.header("If-Match", etag);
        }
        return request.post("/api/v1/retention-tasks/" + taskId + "/" + step).then().statusCode(status)
                .extract().header("ETag");
    }

    @Test
    void aTaskWalkedThroughComprehendProposeRespondAndClosePublishesEveryStep() {
        String client = Feeds.newClient("cpr");
        String taskId = openTask(client);
        String etag = given().get("/api/v1/retention-tasks/" + taskId).then().statusCode(200)
                .body("stage", equalTo("OPENED")).body("allowedNextSteps", equalTo(List.of("COMPREHEND", "LSCPA",
                        "ASSIGN")))
                .extract().header("ETag");
        assertEquals("\"1\"", etag);

        etag = post(taskId, "assign", etag, "{\"advisorId\":\"adv-7\"}", 200);
        etag = post(taskId, "lscpa", etag, "{\"step\":\"LISTEN\",\"notes\":\"let the client talk\"}", 200);
        etag = post(taskId, "comprehension", etag, "{\"reasonCategory\":\"NEGLECT\",\"trigger\":\"transfer-out form\","
                + "\"driver\":\"no call in six months\",\"rootCause\":\"advisor left the branch\"}", 200);
        etag = post(taskId, "proposal", etag, "{\"steps\":[{\"level\":2,\"action\":\"fee discount for a year\"},"
                + "{\"level\":1,\"action\":\"apologise; a senior advisor calls weekly\"}]}", 200);
        etag = post(taskId, "response", etag, "{\"answer\":\"PARTIALLY_AGREED\",\"notes\":\"stays for 3 months\"}", 200);
        etag = post(taskId, "close", etag, "{\"outcome\":\"PARTIALLY_RETAINED\"}", 200);
        assertEquals("\"7\"", etag);

        given().get("/api/v1/retention-tasks/" + taskId).then().statusCode(200)
                .body("status", equalTo("CLOSED")).body("stage", equalTo("CLOSED"))
                .body("outcome", equalTo("PARTIALLY_RETAINED")).body("assignee", equalTo("adv-7"))
                .body("comprehension.reasonCategory", equalTo("NEGLECT"))
                .body("proposal.steps.level", equalTo(List.of(1, 2)))
                .body("response.answer", equalTo("PARTIALLY_AGREED"))
                .body("lscpa.step", equalTo(List.of("LISTEN")))
                .body("history.size()", equalTo(7)).body("history[1].actor", equalTo("test-manager"))
                .body("allowedNextSteps", equalTo(List.of()));

        List<ConsumerRecord<String, String>> published = kafka.awaitForKey(TASK_EVENTS, client, 5, WAIT);
        assertEquals(List.of("retention.task.opened.v1", "retention.task.advanced.v1", "retention.task.advanced.v1",
                "retention.task.advanced.v1", "retention.task.closed.v1"),
                published.stream().map(r -> KafkaTestClient.header(r, "ce_type")).toList());
        assertEquals(List.of("OPENED", "COMPREHEND", "PROPOSE", "RESPOND", "CLOSED"), published.stream()
                .map(r -> r.value().replaceAll(".*\"stage\":\"([A-Z]+)\".*", "$1")).toList());
        assertEquals(true, published.get(4).value().contains("\"outcome\":\"PARTIALLY_RETAINED\""));

        given().queryParam("clientId", client).queryParam("status", "CLOSED").get("/api/v1/retention-tasks").then()
                .statusCode(200).body("total", equalTo(1)).body("items[0].reasonCategory", equalTo("NEGLECT"));
        given().get("/api/v1/retention/stats").then().statusCode(200)
                .body("total.partiallyRetained", greaterThanOrEqualTo(1))
                .body("byReasonCategory.group", hasItem("NEGLECT"))
                .body("medianHoursToClose", notNullValue());
    }

    @Test
    void aStepOutOfOrderIsRefusedWithTheAllowedNextSteps() {
        String taskId = openTask(Feeds.newClient("order"));
        given().contentType(ContentType.JSON).body("{\"answer\":\"AGREED\"}")
                .post("/api/v1/retention-tasks/" + taskId + "/response").then().statusCode(409)
                .contentType("application/problem+json")
                .body("allowedNextSteps", equalTo(List.of("COMPREHEND", "LSCPA", "ASSIGN")))
                .body("stage", equalTo("OPENED"));
        given().contentType(ContentType.JSON).body("{\"outcome\":\"RETAINED\"}")
                .post("/api/v1/retention-tasks/" + taskId + "/close").then().statusCode(409);
    }

    @Test
    void aStaleIfMatchIsAConflict() {
        String taskId = openTask(Feeds.newClient("stale"));
        post(taskId, "lscpa", "\"1\"", "{\"step\":\"LISTEN\"}", 200);
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body("{\"step\":\"CLARIFY\"}")
                .post("/api/v1/retention-tasks/" + taskId + "/lscpa").then().statusCode(409)
                .contentType("application/problem+json").body("currentVersion", equalTo(2));
        // without If-Match the version read is used
        post(taskId, "lscpa", null, "{\"step\":\"CLARIFY\"}", 200);
    }

    @Test
    void badInputIsA400NamingTheField() {
        String taskId = openTask(Feeds.newClient("bad"));
        // each missing field named once, in one 400
        given().contentType(ContentType.JSON).body("{\"trigger\":\"x\"}")
                .post("/api/v1/retention-tasks/" + taskId + "/comprehension").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("driver", "reasonCategory", "rootCause")));
        given().contentType(ContentType.JSON).body("null")
                .post("/api/v1/retention-tasks/" + taskId + "/comprehension").then().statusCode(400)
                .body("errors.field", equalTo(List.of("body")));
        given().contentType(ContentType.JSON).body("{\"steps\":[{\"level\":1,\"action\":\" \"}]}")
                .post("/api/v1/retention-tasks/" + taskId + "/proposal").then().statusCode(400)
                .body("errors.field", equalTo(List.of("steps[0].action")));
        given().contentType(ContentType.JSON).body("{\"answer\":\"MAYBE\"}")
                .post("/api/v1/retention-tasks/" + taskId + "/response").then().statusCode(400)
                .body("errors.field", hasItem("answer"));
        given().contentType(ContentType.JSON).body("{\"steps\":[{\"level\":1,\"action\":\"a\"},{\"level\":3,"
                + "\"action\":\"b\"}]}").post("/api/v1/retention-tasks/" + taskId + "/proposal").then()
                .statusCode(400);
        given().contentType(ContentType.JSON).header("If-Match", "abc").body("{\"step\":\"LISTEN\"}")
                .post("/api/v1/retention-tasks/" + taskId + "/lscpa").then().statusCode(400)
                .body("errors.field", hasItem("If-Match"));
        given().contentType(ContentType.JSON).post("/api/v1/retention-tasks/" + taskId + "/assign").then()
                .statusCode(400);
        given().queryParam("size", 101).get("/api/v1/retention-tasks").then().statusCode(400);
        given().queryParam("priority", "P9").get("/api/v1/retention-tasks").then().statusCode(400)
                .body("errors.field", hasItem("priority"));
        given().queryParam("asOf", "yesterday").get("/api/v1/clients/x/churn-risk").then().statusCode(400);
        given().get("/api/v1/retention-tasks/no-such-task").then().statusCode(404);
        given().contentType(ContentType.JSON).body("{\"step\":\"LISTEN\"}")
                .post("/api/v1/retention-tasks/no-such-task/lscpa").then().statusCode(404);
        given().get("/api/v1/clients/unknown-client/churn-risk").then().statusCode(404);
    }

    @Test
    void theQueueListsP1FirstThenByDueTime() {
        String key = Feeds.newClient("queue-key");
        feeds.segment(key, null, "LARGE_SHORT_TERM", "KEY", "9000000", java.time.LocalDate.now().minusDays(1));
        await().atMost(WAIT).until(() -> given().get("/api/v1/clients/" + key + "/churn-risk").statusCode() == 200);
        openTask(key);
        List<String> priorities = given().queryParam("status", "OPEN").queryParam("size", 100)
                .get("/api/v1/retention-tasks").then().statusCode(200).extract().jsonPath().getList("items.priority");
        assertEquals(priorities.stream().sorted().toList(), priorities);
        assertEquals("P1", priorities.get(0));
    }
}
