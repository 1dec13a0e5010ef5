package dev.kehu.profiling;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.kehu.testsupport.KafkaAndPostgresResource;
import dev.kehu.testsupport.KafkaTestClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** SERVQUAL surveys end to end: items served, gaps computed, event published for retention. */
@QuarkusTest
@QuarkusTestResource(value = KafkaAndPostgresResource.class,
        initArgs = @ResourceArg(name = "database", value = "profiling"))
class ServiceSurveyFlowTest extends ReadsKafka {

    static final String TOPIC = "profiling.service-survey-completed";
    static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    @Test
    void theTwentyTwoItemsAreServedWithDimensionsAndTexts() {
        given().get("/api/v1/questionnaires/servqual").then().statusCode(200)
                .body("items", hasSize(22))
                .body("items[0].id", equalTo("T1"))
                .body("items[0].dimension", equalTo("TANGIBLES"))
                .body("items[0].labels.zh", equalTo("有现代化的服务设施"))
                .body("scale.min", equalTo(1)).body("scale.max", equalTo(7))
                .body("dimensions.dimension", hasItems("TANGIBLES", "RELIABILITY", "RESPONSIVENESS", "ASSURANCE",
                        "EMPATHY"));
    }

    @Test
    void aSurveyYieldsGapsAndIsPublished() throws Exception {
        String client = Api.newClientId();
        Map<String, Object> ratings = new HashMap<>();
        for (String id : List.of("T1", "T2", "T3", "T4", "T5", "R1", "R2", "R3", "R4", "R5", "S1", "S2", "S3", "S4",
                "A1", "A2", "A3", "A4", "E1", "E2", "E3", "E4")) {
            ratings.put(id, Map.of("expectation", 7, "perception", id.startsWith("R") ? 4 : 6));
        }
        Response r = given().contentType(ContentType.JSON).body(Map.of("ratings", ratings))
                .post("/api/v1/clients/{id}/service-surveys", client);
        r.then().statusCode(201)
                .body("dimensionGaps.RELIABILITY", equalTo(-3.0f))
                .body("dimensionGaps.EMPATHY", equalTo(-1.0f))
                .body("overallGap", equalTo(-1.45f));
        List<ConsumerRecord<String, String>> records = kafka().awaitForKey(TOPIC, client, 1, Duration.ofSeconds(30));
        assertEquals(1, records.size());
        assertEquals("profiling.service-survey.completed.v1", KafkaTestClient.header(records.get(0), "ce_type"));
        assertEquals(client, KafkaTestClient.header(records.get(0), "ce_subject"));
        JsonNode data = JSON.readTree(records.get(0).value());
        List<String> fields = new ArrayList<>();
        data.fieldNames().forEachRemaining(fields::add);
        assertEquals(Set.of("surveyId", "clientId", "completedAt", "dimensionGaps", "overallGap"), Set.copyOf(fields));
        assertEquals(r.path("surveyId"), data.get("surveyId").asText());
        assertEquals(0, new BigDecimal("-1.45").compareTo(data.get("overallGap").decimalValue()));
        assertEquals(0, new BigDecimal("-3").compareTo(data.get("dimensionGaps").get("RELIABILITY").decimalValue()));
        assertTrue(records.get(0).value().contains("\"RELIABILITY\":-3.00"), "gaps keep two decimals on the wire");
        assertEquals(5, data.get("dimensionGaps").size());

        given().get("/api/v1/clients/{id}/service-surveys", client).then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].surveyId", equalTo(r.path("surveyId")));
        given().get("/api/v1/clients/{id}/profile", client).then().statusCode(200)
                .body("latestServiceSurvey.overallGap", equalTo(-1.45f));
    }

    @Test
    void badRatingsAreProblemsNamingItemAndSide() {
        Map<String, Object> ratings = new HashMap<>();
        ratings.put("T1", Map.of("expectation", 8, "perception", 5));
        given().contentType(ContentType.JSON).body(Map.of("ratings", ratings))
                .post("/api/v1/clients/{id}/service-surveys", Api.newClientId()).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("ratings.T1.expectation"))
                .body("errors.field", hasItem("ratings.E4"));
        given().contentType(ContentType.JSON).body("{}").post("/api/v1/clients/{id}/service-surveys", "C1")
                .then().statusCode(400).body("errors.field", hasItem("ratings"));
    }
}
