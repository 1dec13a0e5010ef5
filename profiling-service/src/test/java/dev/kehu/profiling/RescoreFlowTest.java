package dev.kehu.profiling;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.oneOf;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.kehu.testsupport.AdminJobs;
import dev.kehu.testsupport.KafkaAndPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * docs/domain.md#questionnaire-versions re-scoring end to end on the shipped {@code risk-v2} (MEDIUM_HIGH from 55 instead of 60): the
 * typical client's attitude 56 rises from MEDIUM to MEDIUM_HIGH, so its category goes from C3 to C4.
 * v2 asks the same questions as v1, so under it nobody needs reassessment; the test-only {@code risk-v3}
 * adds a question no v1 answer covers, so under it everybody does.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaAndPostgresResource.class,
        initArgs = @ResourceArg(name = "database", value = "profiling"))
class RescoreFlowTest extends ReadsKafka {

    static final String TOPIC = "profiling.questionnaire-completed";
    static final ObjectMapper JSON = new ObjectMapper();

    static Response rescore(String toVersion) {
        return given().contentType(ContentType.JSON).body(Map.of("toVersion", toVersion))
                .post("/api/v1/admin/risk-assessments/rescore");
    }

    @Test
    void rescoringToV2AddsAnAssessmentKeepsTheOriginalAndPublishesIt() throws Exception {
        String client = Api.newClientId();
        String original = Api.submit(client, Api.typicalAnswers()).then().statusCode(201)
                .body("riskCategory", equalTo("C3")).extract().path("assessmentId");
        String steady = Api.newClientId();
        Map<String, Object> lowAttitude = Api.typicalAnswers();
        lowAttitude.put("maxLossPercent", 5); // attitude 42: MEDIUM under both versions
        Api.submit(steady, lowAttitude).then().statusCode(201).body("attitude.score", equalTo(42));

        Response started = rescore("v2");
        started.then().statusCode(202).header("Location", endsWith("/api/v1/admin/jobs/" + started.path("jobId")))
                .body("kind", equalTo("rescore")).body("status", oneOf("QUEUED", "RUNNING", "SUCCEEDED"));
        JsonPath job = AdminJobs.succeeded(started);
        assertEquals("COMPLETED", job.getString("status"));
        assertEquals("v2", job.getString("toVersion"));
        assertThat(job.getList("categoryChanged"), hasItem(Map.of("clientId", client, "from", "C3", "to", "C4")));
        assertThat(job.getList("categoryChanged.clientId"), not(hasItem(steady)));
        assertThat(job.getList("needsReassessment"), not(hasItem(client)));
        assertTrue(job.getInt("counts.rescored") >= 2, job.prettify());
        // the re-scoring's own record, under the job's id, as before jobs
        given().get("/api/v1/admin/rescore-jobs/{id}", started.<String>path("jobId")).then().statusCode(200)
                .body("status", equalTo("COMPLETED"))
                .body("categoryChanged", hasItem(Map.of("clientId", client, "from", "C3", "to", "C4")));

        given().get("/api/v1/clients/{id}/risk-assessments", client).then().statusCode(200)
                .body("total", equalTo(2))
                .body("items[0].questionnaireVersion", equalTo("v2"))
                .body("items[0].rescoredFrom", equalTo(original))
                .body("items[0].riskCategory", equalTo("C4"))
                .body("items[0].attitude.band", equalTo("MEDIUM_HIGH"))
                .body("items[1].assessmentId", equalTo(original))
                .body("items[1].questionnaireVersion", equalTo("v1"))
                .body("items[1].riskCategory", equalTo("C3"));
        given().get("/api/v1/clients/{id}/profile", client).then().statusCode(200)
                .body("latestAssessment.riskCategory", equalTo("C4"));

        List<ConsumerRecord<String, String>> records = kafka().awaitForKey(TOPIC, client, 2, Duration.ofSeconds(30));
        JsonNode first = JSON.readTree(records.get(0).value());
        JsonNode second = JSON.readTree(records.get(1).value());
        assertFalse(first.has("rescoredFrom"));
        assertEquals(original, second.get("rescoredFrom").asText());
        assertEquals("C4", second.get("riskCategory").asText());
        assertEquals("v2", second.get("questionnaireVersion").asText());

        // a second run finds the client already scored with v2 and changes nothing
        assertThat(AdminJobs.succeeded(rescore("v2")).getList("categoryChanged.clientId"), not(hasItem(client)));
        given().get("/api/v1/clients/{id}/risk-assessments", client).then().body("total", equalTo(2));

        // v3 asks a question v1 never did: listed for reassessment, not guessed
        JsonPath v3 = AdminJobs.succeeded(rescore("v3"));
        assertThat(v3.getList("needsReassessment"), hasItem(client));
        assertThat(v3.getList("categoryChanged.clientId"), not(hasItem(client)));
        given().get("/api/v1/clients/{id}/risk-assessments", client).then().body("total", equalTo(2));
    }

    @Test
    void anUnpublishedOrMissingVersionIsA400NamingToVersion() {
        rescore("v9").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("toVersion"));
        given().contentType(ContentType.JSON).body("{}").post("/api/v1/admin/risk-assessments/rescore").then()
                .statusCode(400).body("errors.field", hasItem("toVersion"));
        given().get("/api/v1/admin/rescore-jobs/{id}", "00000000-0000-0000-0000-000000000000").then().statusCode(404);
        given().get("/api/v1/admin/rescore-jobs/{id}", "nope").then().statusCode(400)
                .body("errors.field", hasItem("jobId"));
    }
}
