package dev.kehu.profiling;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.kehu.testsupport.KafkaAndPostgresResource;
import dev.kehu.testsupport.KafkaTestClient;
import dev.kehu.testsupport.audit.EventSchemas;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** docs/domain.md#service-needs end to end on the real broker and PostgreSQL: record, read as of, publish, suggest. */
@QuarkusTest
@QuarkusTestResource(value = KafkaAndPostgresResource.class,
        initArgs = @ResourceArg(name = "database", value = "profiling"))
class ServiceNeedsFlowTest extends ReadsKafka {

    static final String TOPIC = "profiling.client-needs";
    static final String TYPE = "profiling.client-needs.recorded.v1";
    static final Duration WAIT = Duration.ofSeconds(30);
    static final ObjectMapper JSON = new ObjectMapper();

    static Map<String, Object> needs() {
        Map<String, Object> n = new HashMap<>();
        n.put("emotionalNeeds", List.of("RESPECT", "PRIVACY"));
        n.put("informationStyle", "PASSIVE");
        n.put("decisionStyle", "SELF");
        n.put("horizon", "LONG");
        n.put("orientation", "VALUE");
        n.put("reminders", List.of(Map.of("content", "STRATEGY", "channel", "WECHAT", "frequency", "WEEKLY"),
                Map.of("content", "PORTFOLIO_REVIEW", "channel", "VISIT", "frequency", "QUARTERLY")));
        n.put("consultation", Map.of("topics", List.of("资产配置"), "channel", "VISIT", "advisorId", "adv-007"));
        n.put("requirements", Map.of("MUST", List.of("TIMELY_CONCISE_INFO", "ACTIONABLE_OPTIONS"),
                "EXPECTED", List.of("ASSET_SAFETY", "PRIVACY"), "DELIGHT", List.of("EXCLUSIVITY")));
        n.put("secondaryPersonality", "PERFECT");
        return n;
    }

    static Response putNeeds(String clientId, Object body) {
        return given().contentType(ContentType.JSON).body(body).put("/api/v1/clients/{id}/service-needs", clientId);
    }

    @Test
    void needsAreRecordedReadAsOfAndPublishedWithTheBlendedPersonality() throws Exception {
        String client = Api.newClientId();
        given().get("/api/v1/clients/{id}/service-needs", client).then().statusCode(404)
                .contentType("application/problem+json");
        Api.put(client, "personality", Map.of("personality", "POWERFUL")).then().statusCode(200);
        Response first = putNeeds(client, needs());
        first.then().statusCode(200).header("ETag", "\"2\"")
                .body("clientId", equalTo(client)).body("version", equalTo(2))
                .body("personality", equalTo("POWERFUL")).body("secondaryPersonality", equalTo("PERFECT"))
                .body("requirements.MUST", contains("TIMELY_CONCISE_INFO", "ACTIONABLE_OPTIONS"))
                .body("requirements.DELIGHT", contains("EXCLUSIVITY"))
                .body("reminders[0].content", equalTo("STRATEGY")).body("consultation.advisorId", equalTo("adv-007"))
                .body("recordedBy.actor", notNullValue()).body("recordedAt", notNullValue());
        Instant between = Instant.now();
        // the same needs again record nothing
        putNeeds(client, needs()).then().statusCode(200).body("version", equalTo(2));
        Map<String, Object> changed = needs();
        changed.put("horizon", "MEDIUM");
        changed.put("reminders", List.of(Map.of("content", "MARKET_ALERT", "channel", "SMS", "frequency", "DAILY")));
        putNeeds(client, changed).then().statusCode(200).body("version", equalTo(3)).body("horizon", equalTo("MEDIUM"));

        given().get("/api/v1/clients/{id}/service-needs", client).then().statusCode(200)
                .header("ETag", "\"3\"").body("horizon", equalTo("MEDIUM")).body("asOf", nullValue());
        given().queryParam("asOf", between.toString()).get("/api/v1/clients/{id}/service-needs", client).then()
                .statusCode(200).body("horizon", equalTo("LONG")).body("version", equalTo(2))
                .body("asOf", equalTo(between.toString()));
        given().queryParam("asOf", "2020-01-01").get("/api/v1/clients/{id}/service-needs", client).then()
                .statusCode(404);
        // the profile's If-Match applies: a stale version is a conflict
        given().contentType(ContentType.JSON).header("If-Match", "\"2\"").body(needs())
                .put("/api/v1/clients/{id}/service-needs", client).then().statusCode(409);

        List<ConsumerRecord<String, String>> records = kafka().awaitForKey(TOPIC, client, 2, WAIT);
        assertEquals(2, records.size(), "one event per change, none for the repeat");
        EventSchemas schemas = EventSchemas.ofRepository();
        for (ConsumerRecord<String, String> r : records) {
            assertEquals(TYPE, KafkaTestClient.header(r, "ce_type"));
            assertEquals(client, KafkaTestClient.header(r, "ce_subject"));
            assertEquals(List.of(), schemas.violations(TYPE, r.value()), r.value());
        }
        JsonNode data = JSON.readTree(records.get(0).value());
        assertEquals("POWERFUL", data.get("personality").asText());
        assertEquals("PERFECT", data.get("secondaryPersonality").asText());
        assertEquals("WECHAT", data.get("reminders").get(0).get("channel").asText());
        assertEquals("ASSET_SAFETY", data.get("requirements").get("EXPECTED").get(0).asText());
        assertEquals("VISIT", data.get("consultation").get("channel").asText());
        assertEquals("MARKET_ALERT", JSON.readTree(records.get(1).value()).get("reminders").get(0).get("content")
                .asText());
    }

    @Test
    void aBlendNeedsADifferentPrimaryAndARequirementHasOneLevel() {
        String client = Api.newClientId();
        putNeeds(client, needs()).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("secondaryPersonality"))
                .body("errors.message", hasItem(containsString("first")));
        Api.put(client, "personality", Map.of("personality", "PERFECT")).then().statusCode(200);
        putNeeds(client, needs()).then().statusCode(400).body("errors.field", hasItem("secondaryPersonality"));
        Map<String, Object> twice = needs();
        twice.remove("secondaryPersonality");
        twice.put("requirements", Map.of("MUST", List.of("PRIVACY"), "EXPECTED", List.of("PRIVACY")));
        putNeeds(client, twice).then().statusCode(400).body("errors.field", hasItem("requirements.EXPECTED"));
        given().get("/api/v1/clients/{id}/service-needs", client).then().statusCode(404);
    }

    @Test
    void theSourcesFirstCaseIsSuggestedWithItsRuleAndWhy() {
        String client = Api.newClientId();
        Api.submit(client, Api.typicalAnswers()).then().statusCode(201).body("capacity.band", equalTo("MEDIUM_HIGH"));
        Api.put(client, "household", Map.of("maritalStatus", "MARRIED", "age", 41, "youngestChildAge", 9))
                .then().statusCode(200).body("household.lifeCycleStage.code", equalTo("FULL_NEST_II"));
        Api.put(client, "social-background", Map.of("background", "BUSINESS_OWNER")).then().statusCode(200);
        given().get("/api/v1/clients/{id}/service-needs/suggested", client).then().statusCode(200)
                .body("ruleId", equalTo("BUSINESS_OWNER_ABOUT_40")).body("rulesVersion", equalTo("v1"))
                .body("why.zh", containsString("私人事业")).body("why.en", containsString("business owner"))
                .body("facts.age", equalTo(41)).body("facts.capacityBand", equalTo("MEDIUM_HIGH"))
                .body("suggested.requirements.MUST", contains("TIMELY_CONCISE_INFO", "ACTIONABLE_OPTIONS"))
                .body("suggested.informationStyle", equalTo("PASSIVE")).body("suggested.horizon", equalTo("LONG"));
        // one fact off (a professional): no rule, nothing suggested
        Api.put(client, "social-background", Map.of("background", "PROFESSIONAL")).then().statusCode(200);
        given().get("/api/v1/clients/{id}/service-needs/suggested", client).then().statusCode(200)
                .body("ruleId", nullValue()).body("suggested", nullValue()).body("why", nullValue());
        given().get("/api/v1/clients/{id}/service-needs/suggested", Api.newClientId()).then().statusCode(404)
                .contentType("application/problem+json");
    }
}
