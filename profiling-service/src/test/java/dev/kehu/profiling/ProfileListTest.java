package dev.kehu.profiling;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.kehu.testsupport.KafkaAndPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

/** docs/contract.md#rest-paths-per-service profile list against the real PostgreSQL: each filter, sorting, paging, and 400s naming the parameter. */
@QuarkusTest
@QuarkusTestResource(value = KafkaAndPostgresResource.class,
        initArgs = @ResourceArg(name = "database", value = "profiling"))
class ProfileListTest {

    @Test
    void eachFilterSelectsAndEveryItemMatchesIt() {
        String typical = Api.newClientId();
        Api.submit(typical, Api.typicalAnswers()).then().statusCode(201);
        Api.put(typical, "personality", Map.of("personality", "PERFECT")).then().statusCode(200);
        Api.put(typical, "household", Map.of("maritalStatus", "SINGLE", "age", 30)).then().statusCode(200);
        String lowest = Api.newClientId();
        Map<String, Object> noLoss = Api.typicalAnswers();
        noLoss.put("maxLossPercent", 0);
        Api.submit(lowest, noLoss).then().statusCode(201);

        given().get("/api/v1/profiles?riskCategory=C3&size=100").then().statusCode(200)
                .body("items.riskCategory", everyItem(equalTo("C3"))).body("items.clientId", not(hasItem(lowest)));
        given().get("/api/v1/profiles?riskCategory=C1&size=100").then().statusCode(200)
                .body("items.riskCategory", everyItem(equalTo("C1")));
        given().get("/api/v1/profiles?capacityBand=MEDIUM_HIGH&attitudeBand=MEDIUM&consistency=GREEN"
                        + "&personality=PERFECT&lifeStage=SINGLE&assessmentDue=false&size=100").then().statusCode(200)
                .body("items.clientId", hasItem(typical))
                .body("items.capacity.band", everyItem(equalTo("MEDIUM_HIGH")))
                .body("items.personality", everyItem(equalTo("PERFECT")))
                .body("items.reassessmentDue", everyItem(equalTo(false)));
        given().get("/api/v1/profiles?personality=PERFECT&assessmentDue=true&size=100").then().statusCode(200)
                .body("items.clientId", not(hasItem(typical)));
        List<String> ids = given().get("/api/v1/profiles?sort=-clientId&size=100").then().statusCode(200)
                .extract().path("items.clientId");
        for (int i = 1; i < ids.size(); i++) {
            org.junit.jupiter.api.Assertions.assertTrue(ids.get(i - 1).compareTo(ids.get(i)) >= 0, ids.toString());
        }
        given().get("/api/v1/profiles?size=1&page=0").then().statusCode(200).body("size", equalTo(1))
                .body("items.size()", equalTo(1));
    }

    @ParameterizedTest(name = "{0}={1} → 400 naming {0}")
    @CsvSource({"riskCategory, C6", "capacityBand, HUGE", "attitudeBand, low", "lifeStage, TEENAGER",
            "personality, GRUMPY", "consistency, BLUE", "assessmentDue, yes", "sort, shoeSize", "size, 101",
            "page, -1"})
    void anUnknownValueIsA400NamingTheParameter(String parameter, String value) {
        given().get("/api/v1/profiles?" + parameter + "=" + value).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem(parameter));
    }
}
