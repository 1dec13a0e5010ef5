package dev.kehu.segmentation;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import dev.kehu.testsupport.KafkaAndPostgresResource;
import dev.kehu.testsupport.KafkaTestClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * docs/contract.md#rest-paths-per-service lists against the real broker and PostgreSQL: the client list (the summary's drill-down), the
 * change feed, the segment as of a day; every bad filter is a 400 naming its parameter. The clients here
 * have assets (≥ 9,000,000,000) and days (2031) no other test uses, so the totals are exact.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaAndPostgresResource.class,
        initArgs = @ResourceArg(name = "database", value = "segmentation"))
class SegmentListsTest {

    static final Duration WAIT = Duration.ofSeconds(40);
    static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    /** LARGE_STATIC, 9.1e9, as of 2031-03-15. */
    static final String A = "L-" + RUN + "-A";
    /** LARGE_STATIC, then LARGE_SHORT_TERM by a trade, 9.2e9, both as of 2031-03-15. */
    static final String B = "L-" + RUN + "-B";
    /** MEDIUM_STATIC as of 2031-01-10, then LARGE_STATIC (9.3e9) as of 2031-02-10. */
    static final String C = "L-" + RUN + "-C";
    static final String HUGE = "9000000000";

    static KafkaTestClient kafka;
    static boolean fed;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @AfterAll
    static void closeKafka() {
        if (kafka != null) {
            kafka.close();
        }
    }

    synchronized void feed() {
        if (fed) {
            return;
        }
        kafka = new KafkaTestClient(bootstrap);
        balance(A, "2031-03-15", "9100000000");
        balance(B, "2031-03-15", "9200000000");
        awaitSegment(B, "LARGE_STATIC");
        trade(B, "2031-03-14T02:00:00Z", "18400000000");
        balance(C, "2031-01-10", "600000");
        awaitSegment(C, "MEDIUM_STATIC");
        balance(C, "2031-02-10", "9300000000");
        awaitSegment(A, "LARGE_STATIC");
        awaitSegment(B, "LARGE_SHORT_TERM");
        awaitSegment(C, "LARGE_STATIC");
        fed = true;
    }

    @Test
    void theClientListFiltersSortsAndPages() {
        feed();
        assertEquals(List.of(A, C), ids(given().queryParam("segment", "LARGE_STATIC")
                .queryParam("minAverageAssets", HUGE)));
        assertEquals(List.of(C, B, A), ids(given().queryParam("size", "LARGE").queryParam("minAverageAssets", HUGE)
                .queryParam("sort", "-averageAssets")));
        assertEquals(List.of(B), ids(given().queryParam("priority", "KEY").queryParam("minAverageAssets", HUGE)));
        assertEquals(List.of(A, C), ids(given().queryParam("activity", "STATIC").queryParam("minAverageAssets", HUGE)));
        assertEquals(List.of(C), ids(given().queryParam("minAverageAssets", "9250000000")));
        // size is both the size filter and the page size: repeated, it is both
        given().queryParam("size", "LARGE", "2").queryParam("minAverageAssets", HUGE).queryParam("sort", "averageAssets")
                .get("/api/v1/clients").then().statusCode(200)
                .body("total", equalTo(3)).body("size", equalTo(2)).body("page", equalTo(0))
                .body("items.clientId", equalTo(List.of(A, B)))
                .body("items[1].segment", equalTo("LARGE_SHORT_TERM")).body("items[1].serviceTier", equalTo("PREMIUM"))
                .body("items[1].averageAssets", equalTo(9.2e9f)).body("items[1].asOf", equalTo("2031-03-15"));
        given().queryParam("size", "2", "LARGE").queryParam("minAverageAssets", HUGE).queryParam("sort", "averageAssets")
                .queryParam("page", "1").get("/api/v1/clients").then().statusCode(200)
                .body("total", equalTo(3)).body("page", equalTo(1)).body("items.clientId", equalTo(List.of(C)));
    }

    @Test
    void eachSummaryCellCountsExactlyTheClientsItsDrillDownLists() {
        feed();
        await().atMost(WAIT).untilAsserted(() -> {
            JsonPath before = given().get("/api/v1/segments/summary").then().statusCode(200).extract().jsonPath();
            Map<String, Integer> cells = new HashMap<>();
            Map<String, Integer> listed = new HashMap<>();
            for (String size : List.of("LARGE", "MEDIUM", "SMALL")) {
                for (String activity : List.of("SHORT_TERM", "STABLE", "STATIC")) {
                    cells.put(size + "_" + activity, before.getInt(size + "." + activity));
                    listed.put(size + "_" + activity, given().queryParam("segment", size + "_" + activity)
                            .queryParam("size", "1").get("/api/v1/clients").then().statusCode(200)
                            .extract().jsonPath().getInt("total"));
                }
            }
            // the feed of an earlier test may still be arriving: compare only a summary that held still
            JsonPath after = given().get("/api/v1/segments/summary").then().extract().jsonPath();
            assertEquals(before.getInt("total"), after.getInt("total"), "the read model moved meanwhile");
            assertEquals(cells, listed);
            assertEquals(before.getInt("total"), given().queryParam("size", "1").get("/api/v1/clients")
                    .then().extract().jsonPath().getInt("total"));
        });
    }

    @Test
    void theChangeFeedIsNewestFirstFromADayOrAnInstant() {
        feed();
        JsonPath all = given().queryParam("since", "2031-01-01").queryParam("size", "100")
                .get("/api/v1/segment-changes").then().statusCode(200).extract().jsonPath();
        List<String> ours = List.of(A, B, C);
        List<Map<String, Object>> items = all.getList("items");
        List<String> order = items.stream().map(i -> (String) i.get("clientId")).filter(ours::contains).toList();
        // as of 15 March: A, then B's two changes (newest first); then C's as of February and January
        assertEquals(List.of(A, B, B, C, C), order);
        List<String> segments = items.stream().filter(i -> C.equals(i.get("clientId")))
                .map(i -> i.get("segment") + "<-" + i.get("previousSegment")).toList();
        assertEquals(List.of("LARGE_STATIC<-MEDIUM_STATIC", "MEDIUM_STATIC<-null"), segments);

        assertEquals(List.of(A, B, C), feedIds(given().queryParam("since", "2031-02-01")
                .queryParam("segment", "LARGE_STATIC")));
        // an instant is its day in the exchange's zone: 2031-03-14T20:00Z is 15 March in Shanghai
        assertEquals(List.of(A, B, B), feedIds(given().queryParam("since", "2031-03-14T20:00:00Z")));
        List<String> oldestFirst = feedIds(given().queryParam("since", "2031-01-01").queryParam("sort", "asOf"));
        assertEquals(List.of(C, C, A, B, B), oldestFirst);
    }

    @Test
    void theSegmentAsOfADayComesFromTheHistory() {
        feed();
        given().queryParam("asOf", "2031-01-20").get("/api/v1/clients/{id}/segment", C).then().statusCode(200)
                .body("segment", equalTo("MEDIUM_STATIC")).body("asOf", equalTo("2031-01-10"))
                .body("priority", equalTo("STANDARD")).body("serviceTier", equalTo("BASIC"))
                .body("averageAssets", equalTo(600000.00f));
        given().queryParam("asOf", "2031-02-10").get("/api/v1/clients/{id}/segment", C).then().statusCode(200)
                .body("segment", equalTo("LARGE_STATIC")).body("asOf", equalTo("2031-02-10"));
        // 2031-02-09T17:00Z is already 10 February in Shanghai
        given().queryParam("asOf", "2031-02-09T17:00:00Z").get("/api/v1/clients/{id}/segment", C).then()
                .statusCode(200).body("segment", equalTo("LARGE_STATIC"));
        given().queryParam("asOf", "2031-02-09T15:00:00Z").get("/api/v1/clients/{id}/segment", C).then()
                .statusCode(200).body("segment", equalTo("MEDIUM_STATIC"));
        given().queryParam("asOf", "2031-01-09").get("/api/v1/clients/{id}/segment", C).then().statusCode(404)
                .contentType("application/problem+json");
        given().queryParam("asOf", "2031-01-20").get("/api/v1/clients/{id}/segment", "nobody-" + RUN).then()
                .statusCode(404).contentType("application/problem+json");
    }

    @Test
    void everyBadFilterIsA400NamingItsParameter() {
        List<String[]> cases = List.of(
                new String[] {"/api/v1/clients", "segment", "HUGE_STATIC", "segment"},
                new String[] {"/api/v1/clients", "size", "HUGE", "size"},
                new String[] {"/api/v1/clients", "size", "0", "size"},
                new String[] {"/api/v1/clients", "size", "101", "size"},
                new String[] {"/api/v1/clients", "activity", "static", "activity"},
                new String[] {"/api/v1/clients", "priority", "VIP", "priority"},
                new String[] {"/api/v1/clients", "minAverageAssets", "-1", "minAverageAssets"},
                new String[] {"/api/v1/clients", "minAverageAssets", "lots", "minAverageAssets"},
                new String[] {"/api/v1/clients", "sort", "name", "sort"},
                new String[] {"/api/v1/clients", "page", "-1", "page"},
                new String[] {"/api/v1/segment-changes", "since", "yesterday", "since"},
                new String[] {"/api/v1/segment-changes", "segment", "LARGE", "segment"},
                new String[] {"/api/v1/segment-changes", "sort", "-segment", "sort"},
                new String[] {"/api/v1/segment-changes", "size", "1000", "size"},
                new String[] {"/api/v1/clients/C-1/segment", "asOf", "31.03.2026", "asOf"});
        for (String[] c : cases) {
            given().queryParam(c[1], c[2]).get(c[0]).then().statusCode(400).contentType("application/problem+json")
                    .body("status", equalTo(400)).body("errors[0].field", equalTo(c[3]));
        }
        given().queryParam("size", "LARGE", "SMALL").get("/api/v1/clients").then().statusCode(400)
                .body("errors[0].field", equalTo("size"));
    }

    private static List<String> ids(io.restassured.specification.RequestSpecification request) {
        return request.get("/api/v1/clients").then().statusCode(200).extract().jsonPath().getList("items.clientId");
    }

    private static List<String> feedIds(io.restassured.specification.RequestSpecification request) {
        List<String> ids = request.queryParam("size", "100").get("/api/v1/segment-changes").then().statusCode(200)
                .extract().jsonPath().getList("items.clientId");
        return ids.stream().filter(id -> id.contains(RUN)).toList();
    }

    private static void balance(String client, String asOf, String total) {
        kafka.sendCloudEvent("backoffice.balances", "backoffice.balance.reported.v1", client,
                "{\"clientId\":\"" + client + "\",\"accountId\":\"A1\",\"asOf\":\"" + asOf + "\",\"totalAssets\":"
                        + total + ",\"cash\":0,\"marketValue\":" + total + "}");
    }

    private static void trade(String client, String executedAt, String amount) {
        kafka.sendCloudEvent("backoffice.trades", "backoffice.trade.executed.v1", client,
                "{\"tradeId\":\"T-" + client + "\",\"clientId\":\"" + client + "\",\"accountId\":\"A1\","
                        + "\"executedAt\":\"" + executedAt + "\",\"side\":\"BUY\",\"symbol\":\"600519\","
                        + "\"quantity\":100,\"price\":" + amount + ",\"amount\":" + amount + "}");
    }

    private static void awaitSegment(String client, String segment) {
        await().atMost(WAIT).pollInterval(Duration.ofMillis(100)).until(() -> {
            var response = given().get("/api/v1/clients/{id}/segment", client);
            return response.statusCode() == 200 && segment.equals(response.jsonPath().getString("segment"));
        });
    }
}
