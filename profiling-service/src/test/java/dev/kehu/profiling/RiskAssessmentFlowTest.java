package dev.kehu.profiling;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.kehu.eventstore.EventStore;
import dev.kehu.eventstore.runtime.Db;
import dev.kehu.profiling.domain.client.ClientDecider;
import dev.kehu.testsupport.KafkaAndPostgresResource;
import dev.kehu.testsupport.KafkaTestClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;

/** Risk assessments end to end on the real broker and PostgreSQL. */
@QuarkusTest
@QuarkusTestResource(value = KafkaAndPostgresResource.class,
        initArgs = @ResourceArg(name = "database", value = "profiling"))
class RiskAssessmentFlowTest extends ReadsKafka {

    static final String TOPIC = "profiling.questionnaire-completed";
    static final Duration WAIT = Duration.ofSeconds(30);
    static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    Db db;

    @Inject
    EventStore store;

    @Test
    void theQuestionnaireIsServedAsVersionedData() {
        given().get("/api/v1/questionnaires/risk").then().statusCode(200)
                .body("version", equalTo("v1"))
                .body("questions", hasSize(12))
                .body("questions[0].id", equalTo("age"))
                .body("questions[0].type", equalTo("NUMBER"))
                .body("questions[0].min", equalTo(18))
                .body("questions[0].max", equalTo(120))
                .body("questions[1].part", equalTo("CAPACITY"))
                .body("questions[1].labels.zh", equalTo("工作"))
                .body("questions[1].options[0].code", equalTo("STABLE_INCOME"))
                .body("questions[1].options[0].points", equalTo(10))
                .body("questions[1].options[4].labels.en", equalTo("Unemployed"))
                .body("questions.find { it.id == 'maxLossPercent' }.part", equalTo("ATTITUDE"))
                .body("allocationGrid.cells.MEDIUM_HIGH.LOW.mediumRisk", equalTo(50));
        given().get("/api/v1/questionnaires/risk/v1").then().statusCode(200).body("version", equalTo("v1"));
        given().get("/api/v1/questionnaires/risk/v0").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aSubmissionIsScoredStoredAndPublishedAsACloudEvent() throws Exception {
        String client = Api.newClientId();
        Response r = Api.submit(client, Api.typicalAnswers());
        r.then().statusCode(201)
                .header("Location", endsWith("/api/v1/clients/" + client + "/risk-assessments/"
                        + r.path("assessmentId")))
                .body("clientId", equalTo(client))
                .body("questionnaireVersion", equalTo("v1"))
                .body("capacity.score", equalTo(69))
                .body("capacity.band", equalTo("MEDIUM_HIGH"))
                .body("capacity.breakdown.age", equalTo(37))
                .body("capacity.breakdown.investmentKnowledge", equalTo(4))
                .body("attitude.score", equalTo(56))
                .body("attitude.band", equalTo("MEDIUM"))
                .body("attitude.breakdown.maxLossPercent", equalTo(24))
                .body("allocation.lowRisk", equalTo(0))
                .body("allocation.mediumRisk", equalTo(40))
                .body("allocation.highRisk", equalTo(60))
                .body("consistency.level", equalTo("GREEN"))
                .body("riskCategory", equalTo("C3"))
                .body("lowestCategory", equalTo(false))
                .body("completedAt", notNullValue());
        String assessmentId = r.path("assessmentId");
        Instant completedAt = Instant.parse(r.path("completedAt"));
        assertEquals(completedAt.atZone(java.time.ZoneId.of("Asia/Shanghai")).plusMonths(12).toInstant(),
                Instant.parse(r.path("validUntil")));

        List<ConsumerRecord<String, String>> records = kafka().awaitForKey(TOPIC, client, 1, WAIT);
        assertEquals(1, records.size());
        ConsumerRecord<String, String> record = records.get(0);
        assertEquals(client, record.key());
        assertEquals("1.0", KafkaTestClient.header(record, "ce_specversion"));
        assertEquals("profiling.questionnaire.completed.v1", KafkaTestClient.header(record, "ce_type"));
        assertEquals("/profiling-service", KafkaTestClient.header(record, "ce_source"));
        assertEquals(client, KafkaTestClient.header(record, "ce_subject"));
        assertEquals("application/json", KafkaTestClient.header(record, "ce_datacontenttype"));
        assertEquals(completedAt, Instant.parse(KafkaTestClient.header(record, "ce_time")));
        assertNotNull(java.util.UUID.fromString(KafkaTestClient.header(record, "ce_id")));

        JsonNode data = JSON.readTree(record.value());
        List<String> fields = new ArrayList<>();
        data.fieldNames().forEachRemaining(fields::add);
        assertEquals(Set.of("assessmentId", "clientId", "questionnaireVersion", "completedAt", "capacity", "attitude",
                "allocation", "riskCategory", "lowestCategory", "validUntil"), Set.copyOf(fields));
        assertEquals(Instant.parse(r.path("validUntil")), Instant.parse(data.get("validUntil").asText()),
                "the event says when the assessment expires, as the REST answer does");
        assertEquals("C3", data.get("riskCategory").asText());
        assertEquals(false, data.get("lowestCategory").asBoolean());
        assertEquals(assessmentId, data.get("assessmentId").asText());
        assertEquals(client, data.get("clientId").asText());
        assertEquals("v1", data.get("questionnaireVersion").asText());
        assertEquals(completedAt, Instant.parse(data.get("completedAt").asText()));
        assertEquals(JSON.readTree("{\"score\":69,\"band\":\"MEDIUM_HIGH\"}"), data.get("capacity"));
        assertEquals(JSON.readTree("{\"score\":56,\"band\":\"MEDIUM\"}"), data.get("attitude"));
        assertEquals(JSON.readTree("{\"lowRisk\":0,\"mediumRisk\":40,\"highRisk\":60}"), data.get("allocation"));
    }

    @Test
    void aRetriedIdempotencyKeyReturnsTheFirstResultAndCreatesNothing() {
        String client = Api.newClientId();
        Map<String, Object> body = Map.of("answers", Api.typicalAnswers());
        Response first = given().contentType(ContentType.JSON).header("Idempotency-Key", "retry-1").body(body)
                .post("/api/v1/clients/{id}/risk-assessments", client);
        first.then().statusCode(201);
        Response second = given().contentType(ContentType.JSON).header("Idempotency-Key", "retry-1").body(body)
                .post("/api/v1/clients/{id}/risk-assessments", client);
        second.then().statusCode(200).header("Idempotent-Replayed", "true");
        assertEquals(first.jsonPath().getMap(""), second.jsonPath().getMap(""));

        long version = db.inNewTransaction(c -> store.version(c, ClientDecider.streamId(client)));
        assertEquals(1, version);
        given().get("/api/v1/clients/{id}/risk-assessments", client).then().statusCode(200).body("total", equalTo(1));
        kafka().awaitForKey(TOPIC, client, 1, WAIT);
        long published = kafka().readUntil(TOPIC, Duration.ofSeconds(2), all -> false).stream()
                .filter(rec -> client.equals(rec.key())).count();
        assertEquals(1, published);

        Map<String, Object> other = Api.typicalAnswers();
        other.put("age", 60);
        given().contentType(ContentType.JSON).header("Idempotency-Key", "retry-1").body(Map.of("answers", other))
                .post("/api/v1/clients/{id}/risk-assessments", client).then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("Idempotency-Key"))
                .body("assessmentId", equalTo(first.path("assessmentId")));
        // the same key for another client is another submission
        given().contentType(ContentType.JSON).header("Idempotency-Key", "retry-1").body(body)
                .post("/api/v1/clients/{id}/risk-assessments", Api.newClientId()).then().statusCode(201);
    }

    @Test
    void aClientMaySubmitOnlyItsOwnQuestionnaire() {
        String client = Api.newClientId();
        String token = "Bearer " + dev.kehu.testsupport.KehuInfra.get().tokens().token("app-user", "client", client);
        Map<String, Object> body = Map.of("answers", Api.typicalAnswers());
        given().header("Authorization", token).contentType(ContentType.JSON).body(body)
                .post("/api/v1/clients/{id}/risk-assessments", client).then().statusCode(201);
        given().header("Authorization", token).contentType(ContentType.JSON).body(body)
                .post("/api/v1/clients/{id}/risk-assessments", Api.newClientId()).then().statusCode(403)
                .contentType("application/problem+json");
        given().header("Authorization", "none").get("/api/v1/questionnaires/risk").then().statusCode(401);
    }

    /** {@code value} is the JSON of the answer; "absent" leaves it out. */
    @ParameterizedTest(name = "{0} = {1} → 400 naming answers.{0}")
    @CsvSource(delimiter = '|', value = {
            "age | absent", "age | 17", "age | 121", "age | 38.5", "age | '\"thirty\"'",
            "maxLossPercent | 101", "maxLossPercent | -5",
            "employment | '\"MILLIONAIRE\"'", "lossReaction | null", "stopLoss | 8",
            "shoeSize | 42"})
    void badAnswersGetAProblemNamingTheField(String question, String value) throws Exception {
        Map<String, Object> answers = Api.typicalAnswers();
        if (value.equals("absent")) {
            answers.remove(question);
        } else {
            answers.put(question, JSON.readValue(value, Object.class));
        }
        Api.submit(Api.newClientId(), answers).then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("answers." + question));
    }

    @Test
    void malformedRequestsAreProblemsNotServerErrors() {
        given().contentType(ContentType.JSON).body("{\"answers\": ").post("/api/v1/clients/C1/risk-assessments")
                .then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("{}").post("/api/v1/clients/C1/risk-assessments")
                .then().statusCode(400).body("errors.field", hasItem("answers"));
        given().contentType(ContentType.JSON).body("{\"answers\": [1, 2]}").post("/api/v1/clients/C1/risk-assessments")
                .then().statusCode(400).contentType("application/problem+json");
        Api.submit("bad*client", Api.typicalAnswers()).then().statusCode(400).body("errors.field", hasItem("clientId"));
        given().contentType(ContentType.JSON).header("Idempotency-Key", "has space").body(Map.of("answers",
                Api.typicalAnswers())).post("/api/v1/clients/C1/risk-assessments")
                .then().statusCode(400).body("errors.field", hasItem("Idempotency-Key"));
        given().get("/api/v1/clients/{id}/risk-assessments?size=101", Api.newClientId()).then().statusCode(400)
                .body("errors.field", hasItem("size"));
    }

    @Test
    void historyIsNewestFirstAndPagedAndFlagsContradictions() {
        String client = Api.newClientId();
        String first = Api.submit(client, Api.typicalAnswers()).then().statusCode(201).extract().path("assessmentId");
        Map<String, Object> contradictory = Api.typicalAnswers();
        contradictory.put("maxLossPercent", 30);
        contradictory.put("lossReaction", "SLEEPLESS");
        Response second = Api.submit(client, contradictory);
        second.then().statusCode(201)
                .body("consistency.level", equalTo("RED"))
                .body("consistency.findings[0].code", equalTo("HIGH_LOSS_TOLERANCE_BUT_SLEEPLESS"))
                .body("consistency.findings[0].questions", hasItem("lossReaction"))
                .body("attitude.breakdown.maxLossPercent", equalTo(50));
        given().get("/api/v1/clients/{id}/risk-assessments?size=1", client).then().statusCode(200)
                .body("total", equalTo(2)).body("page", equalTo(0)).body("size", equalTo(1))
                .body("items", hasSize(1))
                .body("items[0].assessmentId", equalTo(second.path("assessmentId")));
        given().get("/api/v1/clients/{id}/risk-assessments?page=1&size=1", client).then().statusCode(200)
                .body("items[0].assessmentId", equalTo(first));
        given().get("/api/v1/clients/{id}/risk-assessments/{a}", client, first).then().statusCode(200)
                .body("capacity.score", equalTo(69));
        given().get("/api/v1/clients/{id}/risk-assessments", Api.newClientId()).then().statusCode(404)
                .contentType("application/problem+json");
    }
}
