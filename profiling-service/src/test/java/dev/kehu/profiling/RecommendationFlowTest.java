package dev.kehu.profiling;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.kehu.testsupport.KafkaAndPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * docs/domain.md#recommendations on the real PostgreSQL: a C1 client whom the grid tells to hold 50% in high-risk
 * products sees that share blocked by its category and moved to the low-risk bucket, with suitable products only.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaAndPostgresResource.class,
        initArgs = @ResourceArg(name = "database", value = "profiling"))
class RecommendationFlowTest {

    /** Capacity 100 (HIGH), attitude 12 (LOW): C1 but not lowest (a 1% loss is bearable), grid cell 0/50/50. */
    static Map<String, Object> highCapacityLowAttitude() {
        Map<String, Object> a = new HashMap<>();
        a.put("age", 25);
        a.put("employment", "STABLE_INCOME");
        a.put("familyBurden", "SINGLE");
        a.put("housing", "INVESTMENT_PROPERTY");
        a.put("investmentExperience", "OVER_10_YEARS");
        a.put("investmentKnowledge", "PROFESSIONAL");
        a.put("maxLossPercent", 1);
        a.put("investmentPriority", "CAPITAL_PRESERVATION");
        a.put("stopLoss", "AVERAGES_DOWN");
        a.put("lossReaction", "SLEEPLESS");
        a.put("marketWatching", "CONSTANTLY");
        a.put("performanceControl", "NO_LUCK");
        return a;
    }

    /** A product of this test, its code sorting before the other tests' products; LONG horizon. */
    static String product(String riskLevel, boolean onSale) {
        String code = "0REC-" + riskLevel + "-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> p = new HashMap<>(SuitabilityFlowTest.product(riskLevel, onSale));
        p.put("horizon", "LONG");
        given().contentType(ContentType.JSON).body(p).put("/api/v1/products/{code}", code).then().statusCode(201);
        return code;
    }

    @Test
    void aC1ClientWithHighCapacityAndLowAttitudeSeesTheBlockedShareMovedToLowRisk() {
        String r1 = product("R1", true);
        String r1Withdrawn = product("R1", false);
        String r2 = product("R2", true);
        String r3 = product("R3", true);
        String r5 = product("R5", true);
        String client = Api.newClientId();
        Api.submit(client, highCapacityLowAttitude()).then().statusCode(201)
                .body("capacity.band", equalTo("HIGH")).body("attitude.band", equalTo("LOW"))
                .body("riskCategory", equalTo("C1")).body("lowestCategory", equalTo(false))
                .body("allocation.highRisk", equalTo(50));
        Api.put(client, "household", Map.of("maritalStatus", "SINGLE", "age", 25)).then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("horizon", "LONG"))
                .put("/api/v1/clients/{id}/service-needs", client).then().statusCode(200);

        given().get("/api/v1/clients/{id}/recommendations", client).then().statusCode(200)
                .body("clientId", equalTo(client)).body("status", equalTo("OK"))
                .body("riskCategory", equalTo("C1")).body("lowestCategory", equalTo(false))
                .body("allocation.lowRisk", equalTo(0)).body("allocation.highRisk", equalTo(50))
                .body("horizon", equalTo("LONG")).body("unplacedPercent", equalTo(0))
                .body("buckets.bucket", equalTo(java.util.List.of("LOW", "MEDIUM", "HIGH")))
                .body("buckets.targetPercent", equalTo(java.util.List.of(0, 50, 50)))
                .body("buckets.allowedPercent", equalTo(java.util.List.of(100, 0, 0)))
                .body("buckets.blockedPercent", equalTo(java.util.List.of(0, 50, 50)))
                .body("buckets[0].blockedReason", nullValue())
                .body("buckets[1].blockedReason", equalTo("CATEGORY"))
                .body("buckets[2].blockedReason", equalTo("CATEGORY"))
                .body("buckets[2].blockedText.zh", containsString("风险承受能力类别"))
                .body("buckets[2].blockedText.en", containsString("risk category"))
                .body("buckets[0].products.productCode", hasItem(r1))
                .body("buckets[0].products.productCode", not(hasItem(r1Withdrawn)))
                .body("buckets[0].products.productCode", not(hasItem(r2)))
                .body("buckets[0].products.riskLevel", everyItem(equalTo("R1")))
                .body("buckets[1].products", empty()).body("buckets[2].products", empty())
                .body("buckets.products.flatten().productCode", not(hasItem(r3)))
                .body("buckets.products.flatten().productCode", not(hasItem(r5)))
                .body("lifePhaseFocus.zh", notNullValue()).body("lifePhaseFocus.en", notNullValue());
    }

    @Test
    void withoutAValidAssessmentThereAreNoBucketsAndAnUnknownClientIsA404() {
        String client = Api.newClientId();
        Api.put(client, "personality", Map.of("personality", "PEACEFUL")).then().statusCode(200);
        given().get("/api/v1/clients/{id}/recommendations", client).then().statusCode(200)
                .body("status", equalTo("NO_VALID_ASSESSMENT")).body("buckets", empty())
                .body("riskCategory", nullValue()).body("allocation", nullValue()).body("lifePhaseFocus", nullValue());
        given().get("/api/v1/clients/{id}/recommendations", Api.newClientId()).then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/api/v1/clients/{id}/recommendations", "a b").then().statusCode(400)
                .body("errors.field", hasItem("clientId"));
    }
}
