package dev.kehu.segmentation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.Test;

import dev.kehu.testsupport.KafkaAndPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(value = KafkaAndPostgresResource.class,
        initArgs = @ResourceArg(name = "database", value = "segmentation"))
class ServiceReadyTest {

    @Test
    void reportsReadyWithItsEventStoreAndDatabase() {
        given().when().get("/q/health/ready").then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("event-store"));
    }

    @Test
    void exposesPrometheusMetricsAndOpenApi() {
        given().when().get("/q/metrics").then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
        given().accept("application/json").when().get("/q/openapi").then().statusCode(200)
                .body("info.title", equalTo("Kehu segmentation-service"));
    }

    @Test
    void unknownPathAnswersWithProblemJson() {
        given().when().get("/api/v1/no-such-thing").then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
    }
}
