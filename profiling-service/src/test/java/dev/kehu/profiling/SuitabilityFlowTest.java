package dev.kehu.profiling;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.kehu.testsupport.KafkaAndPostgresResource;
import dev.kehu.testsupport.KafkaTestClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** docs/domain.md#suitability-check end to end on the real broker and PostgreSQL: products, checks, acknowledgements, their events. */
@QuarkusTest
@QuarkusTestResource(value = KafkaAndPostgresResource.class,
        initArgs = @ResourceArg(name = "database", value = "profiling"))
class SuitabilityFlowTest extends ReadsKafka {

    static final String TOPIC = "profiling.suitability-checks";
    static final Duration WAIT = Duration.ofSeconds(30);
    static final ObjectMapper JSON = new ObjectMapper();

    static String newProduct(String riskLevel, boolean onSale) {
        String code = "P-" + UUID.randomUUID().toString().substring(0, 8);
        Api.putProduct(code, riskLevel, onSale).then().statusCode(201);
        return code;
    }

    static Response check(String clientId, String productCode) {
        return given().contentType(ContentType.JSON).body(Map.of("productCode", productCode))
                .post("/api/v1/clients/{id}/suitability-checks", clientId);
    }

    @Test
    void aProductIsRegisteredChangedAndKeepsItsHistory() {
        String code = "P-" + UUID.randomUUID().toString().substring(0, 8);
        Api.putProduct(code, "R2", true).then().statusCode(201).body("riskLevel", equalTo("R2"))
                .body("name.zh", equalTo("测试产品"));
        Api.putProduct(code, "R2", true).then().statusCode(200).body("version", equalTo(1));
        Api.putProduct(code, "R4", false).then().statusCode(200).body("version", equalTo(2));
        given().get("/api/v1/products/{code}", code).then().statusCode(200)
                .body("riskLevel", equalTo("R4")).body("onSale", equalTo(false))
                .body("history", hasSize(2))
                .body("history[0].kind", equalTo("REGISTERED")).body("history[0].riskLevel", equalTo("R2"))
                .body("history[1].kind", equalTo("CHANGED")).body("history[1].riskLevel", equalTo("R4"))
                .body("history[1].previousRiskLevel", equalTo("R2"))
                .body("history[1].recordedBy.actor", notNullValue());
        given().get("/api/v1/products?riskLevel=R4&onSale=false&size=100").then().statusCode(200)
                .body("items.productCode", hasItem(code));
        given().get("/api/v1/products?riskLevel=R2&size=100").then().statusCode(200)
                .body("items.productCode", not(hasItem(code)));
        given().get("/api/v1/products/{code}", "NOPE-" + code).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void aMismatchIsWarnedAcknowledgedOnceByTheClientAndPublished() throws Exception {
        String client = Api.newClientId();
        String assessmentId = Api.submit(client, Api.typicalAnswers()).then().statusCode(201)
                .body("riskCategory", equalTo("C3")).extract().path("assessmentId");
        String product = newProduct("R5", true);
        Response checked = check(client, product);
        checked.then().statusCode(201)
                .body("clientId", equalTo(client)).body("productCode", equalTo(product))
                .body("productRiskLevel", equalTo("R5")).body("riskCategory", equalTo("C3"))
                .body("lowestCategory", equalTo(false)).body("assessmentId", equalTo(assessmentId))
                .body("questionnaireVersion", equalTo("v1")).body("result", equalTo("MISMATCH"))
                .body("warnings", hasSize(1)).body("warnings[0].code", equalTo("PRODUCT_RISK_ABOVE_CATEGORY"))
                .body("warnings[0].zh", notNullValue()).body("warnings[0].en", notNullValue())
                .body("acknowledgementRequired", equalTo(true)).body("checkedAt", notNullValue())
                .body("acknowledgement", nullValue());
        String checkId = checked.path("checkId");
        String clientToken = Api.bearer("app-" + client, "client", client);
        String statement = "本人已知悉该产品风险等级高于本人风险承受能力类别，仍坚持购买。";
        given().header("Authorization", Api.bearer("app-x", "client", Api.newClientId()))
                .contentType(ContentType.JSON).body(Map.of("channel", "ONLINE", "statement", statement))
                .post("/api/v1/suitability-checks/{id}/acknowledgement", checkId).then().statusCode(403)
                .contentType("application/problem+json");
        Response acked = given().header("Authorization", clientToken).contentType(ContentType.JSON)
                .body(Map.of("channel", "ONLINE", "statement", statement))
                .post("/api/v1/suitability-checks/{id}/acknowledgement", checkId);
        acked.then().statusCode(200)
                .body("acknowledgement.channel", equalTo("ONLINE"))
                .body("acknowledgement.statement", equalTo(statement))
                .body("acknowledgement.acknowledgedBy.actor", equalTo("app-" + client))
                .body("acknowledgement.acknowledgedBy.role", equalTo("client"))
                .body("acknowledgement.acknowledgedAt", notNullValue());
        given().contentType(ContentType.JSON).body(Map.of("channel", "IN_PERSON", "statement", statement))
                .post("/api/v1/suitability-checks/{id}/acknowledgement", checkId).then().statusCode(409)
                .contentType("application/problem+json");
        given().header("Authorization", clientToken).get("/api/v1/suitability-checks/{id}", checkId).then()
                .statusCode(200).body("acknowledgement.statement", equalTo(statement));

        List<ConsumerRecord<String, String>> records = kafka().awaitForKey(TOPIC, client, 2, WAIT);
        assertEquals(2, records.size());
        assertEquals("profiling.suitability.checked.v1", KafkaTestClient.header(records.get(0), "ce_type"));
        assertEquals(client, KafkaTestClient.header(records.get(0), "ce_subject"));
        JsonNode data = JSON.readTree(records.get(0).value());
        assertEquals(Set.of("checkId", "clientId", "productCode", "productRiskLevel", "riskCategory", "result",
                "warnings", "checkedAt"), fields(data));
        assertEquals(checkId, data.get("checkId").asText());
        assertEquals("MISMATCH", data.get("result").asText());
        assertEquals("R5", data.get("productRiskLevel").asText());
        assertEquals("C3", data.get("riskCategory").asText());
        assertEquals("PRODUCT_RISK_ABOVE_CATEGORY", data.get("warnings").get(0).asText());
        assertEquals("profiling.suitability.acknowledged.v1", KafkaTestClient.header(records.get(1), "ce_type"));
        JsonNode ack = JSON.readTree(records.get(1).value());
        assertEquals(Set.of("checkId", "clientId", "productCode", "channel", "acknowledgedAt"), fields(ack));
        assertEquals("ONLINE", ack.get("channel").asText());
        assertEquals(product, ack.get("productCode").asText());
        assertEquals(Instant.parse(acked.path("acknowledgement.acknowledgedAt")),
                Instant.parse(ack.get("acknowledgedAt").asText()));
    }

    @Test
    void matchRefusedMissingAndInconsistentAreDecidedByTheRule() {
        String client = Api.newClientId();
        Api.submit(client, Api.typicalAnswers()).then().statusCode(201);
        String r2 = newProduct("R2", true);
        String matchId = check(client, r2).then().statusCode(201).body("result", equalTo("MATCH"))
                .body("warnings", hasSize(0)).body("acknowledgementRequired", equalTo(false)).extract().path("checkId");
        given().contentType(ContentType.JSON).body(Map.of("channel", "IN_PERSON", "statement", "x"))
                .post("/api/v1/suitability-checks/{id}/acknowledgement", matchId).then().statusCode(409);

        String lowest = Api.newClientId();
        Map<String, Object> noLoss = Api.typicalAnswers();
        noLoss.put("maxLossPercent", 0);
        Api.submit(lowest, noLoss).then().statusCode(201).body("riskCategory", equalTo("C1"))
                .body("lowestCategory", equalTo(true));
        check(lowest, r2).then().statusCode(201).body("result", equalTo("REFUSED"))
                .body("lowestCategory", equalTo(true)).body("warnings.code", equalTo(List.of("LOWEST_CATEGORY")))
                .body("acknowledgementRequired", equalTo(false));

        check(Api.newClientId(), r2).then().statusCode(201).body("result", equalTo("NO_VALID_ASSESSMENT"))
                .body("warnings.code", equalTo(List.of("ASSESSMENT_MISSING"))).body("riskCategory", nullValue());

        String red = Api.newClientId();
        Map<String, Object> contradictory = Api.typicalAnswers();
        contradictory.put("maxLossPercent", 30);
        contradictory.put("lossReaction", "SLEEPLESS");
        Api.submit(red, contradictory).then().statusCode(201).body("consistency.level", equalTo("RED"));
        check(red, r2).then().statusCode(201).body("result", equalTo("MATCH"))
                .body("warnings.code", equalTo(List.of("INCONSISTENT_ANSWERS")));
    }

    @Test
    void unknownProductIs404AndOneNotOnSaleIs409() {
        String client = Api.newClientId();
        check(client, "NO-SUCH-PRODUCT").then().statusCode(404).contentType("application/problem+json");
        check(client, newProduct("R1", false)).then().statusCode(409).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("{}").post("/api/v1/clients/{id}/suitability-checks", client)
                .then().statusCode(400).body("errors.field", hasItem("productCode"));
        given().get("/api/v1/clients/{id}/suitability-checks", Api.newClientId()).then().statusCode(404);
    }

    @Test
    void theHistoryIsNewestFirstPagedAndAsOfLeavesOutWhatCameLater() throws Exception {
        String client = Api.newClientId();
        Api.submit(client, Api.typicalAnswers()).then().statusCode(201);
        String first = check(client, newProduct("R5", true)).then().statusCode(201).extract().path("checkId");
        Thread.sleep(5); // two checks one millisecond apart at least, so the order is the time's
        Instant between = Instant.now();
        Thread.sleep(5);
        String second = check(client, newProduct("R1", true)).then().statusCode(201).extract().path("checkId");
        given().contentType(ContentType.JSON).body(Map.of("channel", "RECORDED_CALL", "statement", "ok"))
                .post("/api/v1/suitability-checks/{id}/acknowledgement", first).then().statusCode(200);
        given().get("/api/v1/clients/{id}/suitability-checks?size=1", client).then().statusCode(200)
                .body("total", equalTo(2)).body("items[0].checkId", equalTo(second));
        given().get("/api/v1/clients/{id}/suitability-checks?page=1&size=1", client).then().statusCode(200)
                .body("items[0].checkId", equalTo(first))
                .body("items[0].acknowledgement.channel", equalTo("RECORDED_CALL"));
        given().header("Authorization", Api.bearer("aud", "auditor", null))
                .get("/api/v1/clients/{id}/suitability-checks?asOf={t}", client, between.toString()).then()
                .statusCode(200).body("total", equalTo(1)).body("items[0].checkId", equalTo(first))
                .body("items[0].acknowledgement", nullValue());
    }

    private static Set<String> fields(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return Set.copyOf(names);
    }

    static Map<String, Object> product(String riskLevel, boolean onSale) {
        Map<String, Object> p = new HashMap<>();
        p.put("name", Map.of("zh", "测试产品", "en", "Test product"));
        p.put("riskLevel", riskLevel);
        p.put("productType", "FUND");
        p.put("horizon", "MEDIUM");
        p.put("onSale", onSale);
        return p;
    }
}
