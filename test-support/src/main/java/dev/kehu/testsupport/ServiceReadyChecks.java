package dev.kehu.testsupport;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.Test;

/**
 * What every Kehu service shows to operators, whatever its domain: readiness with its event store,
 * Prometheus metrics, OpenAPI, and problem+json for a path it does not know. Each service's test
 * extends this with its own {@code @QuarkusTest} annotations.
 */
public abstract class ServiceReadyChecks {

    /** The service's name as its OpenAPI title shows it, e.g. {@code profiling-service}. */
    protected abstract String serviceName();

    @Test
    void reportsReadyWithItsEventStoreAndDatabase() {
        given().header("Authorization", "none").when().get("/q/health/ready").then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("event-store"));
    }

    @Test
    void exposesPrometheusMetricsAndOpenApiWithoutAToken() {
        given().header("Authorization", "none").when().get("/q/metrics").then().statusCode(200)
                .body(containsString("jvm_memory_used_bytes"));
        given().header("Authorization", "none").accept("application/json").when().get("/q/openapi").then()
                .statusCode(200).body("info.title", equalTo("Kehu " + serviceName()));
    }

    @Test
    void unknownPathAnswersWithProblemJson() {
        given().when().get("/api/v1/no-such-thing").then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
    }
}
