package dev.kehu.retention;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.kehu.testsupport.KafkaAndPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The OpenAPI document is one a client generator can use (issue 12): every {@code /api/v1} operation
 * has a unique operationId, a tag, a summary, a typed 2xx response, problem+json errors and a security
 * requirement.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaAndPostgresResource.class,
        initArgs = @ResourceArg(name = "database", value = "retention"))
class OpenApiContractTest {

    @Test
    @SuppressWarnings("unchecked")
    void everyOperationIsNamedTypedAndSecured() {
        Map<String, Object> doc = given().header("Authorization", "none").accept("application/json")
                .get("/q/openapi").then().statusCode(200).extract().jsonPath().getMap("");
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) doc.get("paths");
        List<String> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int operations = 0;
        for (Map.Entry<String, Map<String, Object>> path : paths.entrySet()) {
            if (!path.getKey().startsWith("/api/v1/")) {
                continue;
            }
            for (Map.Entry<String, Object> entry : path.getValue().entrySet()) {
                if (!List.of("get", "post", "put", "patch", "delete").contains(entry.getKey())) {
                    continue;
                }
                operations++;
                String where = entry.getKey() + " " + path.getKey();
                Map<String, Object> op = (Map<String, Object>) entry.getValue();
                Object id = op.get("operationId");
                if (id == null || !ids.add(id.toString())) {
                    problems.add(where + ": no or a duplicate operationId " + id);
                }
                if (!(op.get("tags") instanceof List<?> tags) || tags.isEmpty()) {
                    problems.add(where + ": no tag");
                }
                if (!(op.get("security") instanceof List<?> security) || security.isEmpty()) {
                    problems.add(where + ": no security requirement");
                }
                Map<String, Object> responses = (Map<String, Object>) op.get("responses");
                boolean typed2xx = responses.entrySet().stream().filter(r -> r.getKey().startsWith("2"))
                        .anyMatch(r -> hasSchema((Map<String, Object>) r.getValue(), "application/json"));
                if (!typed2xx) {
                    problems.add(where + ": no typed 2xx response " + responses.keySet());
                }
                responses.entrySet().stream().filter(r -> r.getKey().startsWith("4"))
                        .filter(r -> !hasSchema((Map<String, Object>) r.getValue(), "application/problem+json"))
                        .forEach(r -> problems.add(where + ": " + r.getKey() + " is not problem+json"));
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(operations >= 20, "operations: " + operations);
    }

    @SuppressWarnings("unchecked")
    private static boolean hasSchema(Map<String, Object> response, String mediaType) {
        if (!(response.get("content") instanceof Map<?, ?> content)) {
            return false;
        }
        Object media = content.get(mediaType);
        return media instanceof Map<?, ?> m && m.get("schema") instanceof Map<?, ?> schema && !schema.isEmpty();
    }
}
