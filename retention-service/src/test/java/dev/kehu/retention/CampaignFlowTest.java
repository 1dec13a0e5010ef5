package dev.kehu.retention;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
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
import dev.kehu.testsupport.KehuInfra;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * A reactivation campaign's life (docs/domain.md#reactivation) on the real broker: members fixed,
 * contacted, reactivated by a trade.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaAndPostgresResource.class,
        initArgs = @ResourceArg(name = "database", value = "retention"))
class CampaignFlowTest extends FedByKafka {

    static final Duration WAIT = Duration.ofSeconds(40);
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    static String campaign(String name, String segments, LocalDate startsOn, LocalDate endsOn) {
        return "{\"name\":\"" + name + "\"" + (segments == null ? "" : ",\"segments\":" + segments)
                + ",\"startsOn\":\"" + startsOn + "\",\"endsOn\":\"" + endsOn + "\",\"offer\":\"fee discount\"}";
    }

    void awaitSegment(String client, String segment) {
        await().atMost(WAIT).until(() -> given().get("/api/v1/clients/" + client + "/service-plan").statusCode() == 200
                && given().queryParam("size", 100).get("/api/v1/reactivation-candidates").then().extract().jsonPath()
                .getList("items.clientId").contains(client) == segment.endsWith("STATIC"));
    }

    static JsonPath member(String campaignId, String client) {
        return given().get("/api/v1/reactivation-campaigns/" + campaignId).then().statusCode(200).extract()
                .jsonPath().setRootPath("members.find { it.clientId == '" + client + "' }");
    }

    @Test
    void aDormantClientInACampaignIsContactedAndReactivatedByATrade() {
        String dormant = Feeds.newClient("dormant");
        String sleeper = Feeds.newClient("sleeper");
        String active = Feeds.newClient("active");
        feeds.segment(dormant, "LARGE_STABLE", "LARGE_STATIC", "IMPORTANT", "8000000", TODAY.minusDays(10));
        feeds.segment(sleeper, null, "MEDIUM_STATIC", "STANDARD", "900000", TODAY.minusDays(10));
        feeds.segment(active, null, "LARGE_STABLE", "IMPORTANT", "7000000", TODAY.minusDays(10));
        awaitSegment(dormant, "LARGE_STATIC");
        awaitSegment(sleeper, "MEDIUM_STATIC");
        awaitSegment(active, "LARGE_STABLE");

        JsonPath created = given().header("Authorization", "Bearer " + KehuInfra.get().tokens().token("max",
                        "manager", null)).contentType("application/json")
                .body(campaign("Spring reactivation", null, TODAY.minusDays(2), TODAY.plusDays(28)))
                .post("/api/v1/reactivation-campaigns").then().statusCode(201)
                .body("segments", equalTo(List.of("LARGE_STATIC", "MEDIUM_STATIC")))
                .body("watchUntil", equalTo(TODAY.plusDays(58).toString())).body("createdBy", equalTo("max"))
                .body("members.clientId", hasItem(dormant)).body("members.clientId", hasItem(sleeper))
                .body("members.clientId", not(hasItem(active))).extract().jsonPath();
        String id = created.getString("campaignId");
        assertEquals("PENDING", member(id, dormant).getString("status"));

        // the advisor calls for the campaign
        given().contentType("application/json").body("{\"channel\":\"PHONE\",\"direction\":\"OUTBOUND\","
                        + "\"purpose\":\"REACTIVATION\",\"occurredAt\":\"" + Instant.now().minusSeconds(60)
                        + "\",\"campaignId\":\"" + id + "\"}")
                .post("/api/v1/clients/" + dormant + "/contacts").then().statusCode(201).body("campaignId", equalTo(id));
        assertEquals("CONTACTED", member(id, dormant).getString("status"));

        // it trades again: the segmentation service publishes the change
        feeds.segment(dormant, "LARGE_STATIC", "LARGE_STABLE", "IMPORTANT", "8100000", TODAY);
        await().atMost(WAIT).until(() -> "REACTIVATED".equals(member(id, dormant).getString("status")));
        assertEquals(TODAY.toString(), member(id, dormant).getString("reactivatedOn"));
        assertEquals("PENDING", member(id, sleeper).getString("status"));
        JsonPath stats = given().get("/api/v1/reactivation-campaigns/" + id).then().extract().jsonPath()
                .setRootPath("stats");
        assertTrue(stats.getInt("members") >= 2);
        assertTrue(stats.getInt("contacted") >= 1 && stats.getInt("reactivated") >= 1);
        assertEquals(stats.getInt("reactivated") / (double) stats.getInt("members"), stats.getDouble("rate"), 0.001);

        given().get("/api/v1/reactivation-campaigns").then().statusCode(200).body("items.campaignId", hasItem(id));
    }

    @Test
    void membersNotReactivatedByTheEndOfTheWatchAreNotReactivated() {
        String client = Feeds.newClient("late");
        feeds.segment(client, null, "LARGE_STATIC", "IMPORTANT", "6000000", TODAY.minusDays(1));
        awaitSegment(client, "LARGE_STATIC");
        String id = given().contentType("application/json")
                .body(campaign("Last winter", "[\"LARGE_STATIC\"]", TODAY.minusDays(100), TODAY.minusDays(40)))
                .post("/api/v1/reactivation-campaigns").then().statusCode(201).extract().path("campaignId");
        assertEquals("NOT_REACTIVATED", member(id, client).getString("status"));
    }

    /** Members are paged in SQL by client id; the results count all of them, on every page and in the list. */
    @Test
    void aCampaignsMembersComePageByPageWithTheResultsOverAllOfThem() {
        List<String> clients = IntStream.range(0, 5).mapToObj(i -> Feeds.newClient("paged")).toList();
        for (String client : clients) {
            feeds.segment(client, null, "SMALL_SHORT_TERM", "STANDARD", "50000", TODAY.minusDays(3));
        }
        await().atMost(WAIT).until(() -> clients.stream().allMatch(c ->
                given().get("/api/v1/clients/" + c + "/service-plan").statusCode() == 200));
        String id = given().contentType("application/json")
                .body(campaign("Paged", "[\"SMALL_SHORT_TERM\"]", TODAY, TODAY.plusDays(10)))
                .post("/api/v1/reactivation-campaigns").then().statusCode(201).extract().path("campaignId");

        JsonPath all = campaignPage(id, 0, 100);
        List<Map<String, Object>> members = all.getList("members");
        assertTrue(members.stream().map(m -> m.get("clientId")).toList().containsAll(clients), members.toString());
        assertEquals(members.size(), all.getInt("stats.members"));
        Map<String, Object> stats = all.getMap("stats");
        JsonPath second = campaignPage(id, 1, 2);
        assertEquals(members.subList(2, 4), second.getList("members"));
        assertEquals(stats, second.getMap("stats"));
        assertEquals(members.subList(4, Math.min(6, members.size())), campaignPage(id, 2, 2).getList("members"));
        JsonPath past = campaignPage(id, 50, 2);
        assertEquals(List.of(), past.getList("members"));
        assertEquals(stats, past.getMap("stats"));
        assertEquals(all.getString("name"), past.getString("name"));

        // a contact moves one member: the results follow on every page and in the list of campaigns
        given().contentType("application/json").body("{\"channel\":\"PHONE\",\"direction\":\"OUTBOUND\","
                        + "\"purpose\":\"REACTIVATION\",\"occurredAt\":\"" + Instant.now().minusSeconds(60)
                        + "\",\"campaignId\":\"" + id + "\"}")
                .post("/api/v1/clients/" + clients.get(0) + "/contacts").then().statusCode(201);
        assertEquals(1, campaignPage(id, 50, 2).getInt("stats.contacted"));
        Map<String, Object> listed = given().queryParam("size", 100).get("/api/v1/reactivation-campaigns").then()
                .statusCode(200).extract().jsonPath().getMap("items.find { it.campaignId == '" + id + "' }.stats");
        assertEquals(campaignPage(id, 0, 1).getMap("stats"), listed);

        given().queryParam("size", 101).get("/api/v1/reactivation-campaigns/" + id).then().statusCode(400)
                .body("errors.field", hasItem("size"));
    }

    static JsonPath campaignPage(String campaignId, int page, int size) {
        return given().queryParam("page", page).queryParam("size", size)
                .get("/api/v1/reactivation-campaigns/" + campaignId).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void badCampaignsAreFourHundredsNamingTheFieldAndOnlyAManagerStartsOne() {
        String[][] cases = {
                {campaign("x", "[\"HUGE_STATIC\"]", TODAY, TODAY), "segments"},
                {campaign("x", null, TODAY, TODAY.minusDays(1)), "endsOn"},
                {campaign("x", null, TODAY, TODAY).replace(TODAY.toString(), "soon"), "startsOn"},
                {campaign("", null, TODAY, TODAY), "name"},
                {"{\"name\":\"x\"}", "startsOn"},
        };
        for (String[] c : cases) {
            given().contentType("application/json").body(c[0]).post("/api/v1/reactivation-campaigns").then()
                    .statusCode(400).contentType("application/problem+json").body("errors.field", hasItem(c[1]));
        }
        given().header("Authorization", "Bearer " + KehuInfra.get().tokens().token("ann", "advisor", null))
                .contentType("application/json").body(campaign("x", null, TODAY, TODAY))
                .post("/api/v1/reactivation-campaigns").then().statusCode(403);
        given().get("/api/v1/reactivation-campaigns/no-such-campaign").then().statusCode(404);
    }
}
