package dev.kehu.retention;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import dev.kehu.testsupport.KafkaAndPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The lists a front-end needs (docs/contract.md#retention-service-8083): churn risks across clients,
 * unassigned tasks, outcomes over a period.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaAndPostgresResource.class,
        initArgs = @ResourceArg(name = "database", value = "retention"))
class ListsTest extends FedByKafka {

    static final Duration WAIT = Duration.ofSeconds(40);

    @Test
    void churnRisksListEveryClientWithASignalHighestFirstBelowTheAlertLineToo() {
        String low = Feeds.newClient("list-low");
        String high = Feeds.newClient("list-high");
        Instant at = Instant.now().minusSeconds(900);
        feeds.accountEvent(low, "COMPLAINT_FILED", at, null);
        feeds.accountEvent(high, "TRANSFER_OUT_REQUESTED", at, null);
        await().atMost(WAIT).until(() -> List.of(low, high).stream().allMatch(c ->
                given().get("/api/v1/clients/" + c + "/churn-risk").statusCode() == 200));
        RetentionFlowTest.openTaskOf(high);

        JsonPath all = given().queryParam("size", 100).get("/api/v1/churn-risks").then().statusCode(200).extract()
                .jsonPath();
        List<String> ids = all.getList("items.clientId");
        assertTrue(ids.indexOf(high) >= 0 && ids.indexOf(low) > ids.indexOf(high), ids.toString());
        List<Integer> scores = all.getList("items.riskScore", Integer.class);
        for (int i = 1; i < scores.size(); i++) {
            assertTrue(scores.get(i - 1) >= scores.get(i), "highest first: " + scores);
        }
        Map<String, Object> lowRow = all.getMap("items.find { it.clientId == '" + low + "' }");
        assertEquals(20, lowRow.get("riskScore"));
        assertEquals("LOW", lowRow.get("riskLevel"));
        assertEquals(null, lowRow.get("openTaskId"));
        Map<String, Object> highRow = all.getMap("items.find { it.clientId == '" + high + "' }");
        assertEquals("HIGH", highRow.get("riskLevel"));
        assertTrue(highRow.get("openTaskId") != null);

        given().queryParam("level", "HIGH").queryParam("size", 100).get("/api/v1/churn-risks").then()
                .body("items.riskLevel", everyItem(org.hamcrest.Matchers.equalTo("HIGH")))
                .body("items.clientId", hasItem(high)).body("items.clientId", not(hasItem(low)));
        given().queryParam("minScore", 21).queryParam("size", 100).get("/api/v1/churn-risks").then()
                .body("items.riskScore", everyItem(greaterThanOrEqualTo(21))).body("items.clientId", not(hasItem(low)));
    }

    /** The list is ordered and paged by PostgreSQL: a page is exactly its slice of the whole order. */
    @Test
    void aPageOfChurnRisksIsItsSliceOfTheWholeOrder() {
        List<String> clients = IntStream.range(0, 10).mapToObj(i -> Feeds.newClient("page")).toList();
        Instant at = Instant.now().minusSeconds(900);
        for (int i = 0; i < clients.size(); i++) {
            // two scores only, so most neighbours tie and the client id decides
            feeds.accountEvent(clients.get(i), i % 3 == 0 ? "TRANSFER_OUT_REQUESTED" : "COMPLAINT_FILED", at, null);
        }
        await().atMost(WAIT).until(() -> clients.stream().allMatch(c ->
                given().get("/api/v1/clients/" + c + "/churn-risk").statusCode() == 200));
        int size = 3;
        await().atMost(WAIT).untilAsserted(() -> {
            JsonPath before = churnRisks(null, 0, 100);
            List<Map<String, Object>> all = before.getList("items");
            JsonPath second = churnRisks(null, 1, size);
            JsonPath third = churnRisks(null, 2, size);
            // nothing from another test moved the list while it was read
            assertEquals(all, churnRisks(null, 0, 100).getList("items"));
            assertTrue(all.size() >= 3 * size, "at least three pages: " + all.size());
            assertEquals(all.subList(size, 2 * size), second.getList("items"));
            assertEquals(all.subList(2 * size, 3 * size), third.getList("items"));
            assertEquals(before.getLong("total"), second.getLong("total"));
            assertEquals(1, second.getInt("page"));
            assertEquals(size, second.getInt("size"));
            for (int i = 1; i < all.size(); i++) {
                int higher = (Integer) all.get(i - 1).get("riskScore");
                int lower = (Integer) all.get(i).get("riskScore");
                assertTrue(higher > lower || higher == lower && ((String) all.get(i - 1).get("clientId"))
                        .compareTo((String) all.get(i).get("clientId")) < 0, "score, then client id: " + all);
            }
            assertTrue(all.stream().map(r -> r.get("clientId")).toList().containsAll(clients));

            // a filtered list pages the same way, and a page past the end is empty with the same total
            List<Map<String, Object>> low = churnRisks("LOW", 0, 100).getList("items");
            assertTrue(low.size() >= 4, low.toString());
            assertEquals(low.subList(2, 4), churnRisks("LOW", 1, 2).getList("items"));
            JsonPath past = churnRisks("LOW", 1000, 100);
            assertEquals(List.of(), past.getList("items"));
            assertEquals(low.size(), past.getInt("total"));
        });
    }

    static JsonPath churnRisks(String level, int page, int size) {
        return given().queryParam("page", page).queryParam("size", size)
                .queryParams(level == null ? Map.of() : Map.of("level", level)).get("/api/v1/churn-risks").then()
                .statusCode(200).extract().jsonPath();
    }

    @Test
    void unassignedTasksAndOutcomesByReasonSegmentAndAdvisorOverAPeriod() {
        String assigned = Feeds.newClient("list-assigned");
        String free = Feeds.newClient("list-free");
        Instant at = Instant.now().minusSeconds(900);
        feeds.accountEvent(assigned, "CLOSURE_REQUESTED", at, null);
        feeds.accountEvent(free, "CLOSURE_REQUESTED", at, null);
        String assignedTask = RetentionFlowTest.openTaskOf(assigned).getString("items[0].taskId");
        String freeTask = RetentionFlowTest.openTaskOf(free).getString("items[0].taskId");
        given().contentType("application/json").body("{\"advisorId\":\"adv-list\"}")
                .post("/api/v1/retention-tasks/" + assignedTask + "/assign").then().statusCode(200);

        given().queryParam("assignee", "none").queryParam("size", 100).get("/api/v1/retention-tasks").then()
                .statusCode(200).body("items.taskId", hasItem(freeTask)).body("items.taskId", not(hasItem(assignedTask)))
                .body("items.assignee", everyItem(nullValue()));

        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        JsonPath stats = given().queryParam("from", today.minusDays(1).toString()).queryParam("to", today.toString())
                .get("/api/v1/retention/stats").then().statusCode(200).extract().jsonPath();
        assertTrue(stats.getList("byAdvisor.group").contains("adv-list"), stats.prettify());
        assertTrue(stats.getList("byAdvisor.group").contains("UNASSIGNED"), stats.prettify());
        assertTrue(stats.getInt("total.opened") >= 2);
        assertTrue(stats.getList("byReasonCategory.group").contains("NOT_RECORDED"));
        // a period before any task: nothing
        given().queryParam("from", "2001-01-01").queryParam("to", "2001-12-31").get("/api/v1/retention/stats").then()
                .statusCode(200).body("total.opened", org.hamcrest.Matchers.equalTo(0))
                .body("byAdvisor", org.hamcrest.Matchers.empty());
    }
}
