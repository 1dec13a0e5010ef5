package dev.kehu.segmentation.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.kehu.testsupport.KafkaAndPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The live {@code /q/openapi} is a contract a generator can use (issue 12): every {@code /api/v1} operation
 * has an operationId, a tag, a summary, a typed 2xx response, problem+json 4xx responses and a security
 * requirement, and the bearer scheme it names exists.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaAndPostgresResource.class,
        initArgs = @ResourceArg(name = "database", value = "segmentation"))
class OpenApiContractTest {

    static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch");

    /** The document as served, also written to target/openapi/ for the generator test and for humans. */
    static JsonNode liveDocument() throws IOException {
        String json = given().header("Authorization", "none").queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200).extract().asString();
        Path file = Path.of("target", "openapi", "segmentation-service.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, json);
        return new ObjectMapper().readTree(json);
    }

    /** {@code METHOD path} → operation, for every operation under /api/v1. */
    static Map<String, JsonNode> apiOperations(JsonNode api) {
        Map<String, JsonNode> operations = new java.util.LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = api.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (path.getKey().startsWith("/api/v1")) {
                for (String method : METHODS) {
                    if (path.getValue().has(method)) {
                        operations.put(method.toUpperCase() + " " + path.getKey(), path.getValue().get(method));
                    }
                }
            }
        }
        return operations;
    }

    @Test
    void everyApiOperationIsNamedTaggedTypedAndSecured() throws IOException {
        JsonNode api = liveDocument();
        Map<String, JsonNode> operations = apiOperations(api);
        assertTrue(operations.keySet().containsAll(List.of("GET /api/v1/clients", "GET /api/v1/segment-changes",
                "GET /api/v1/clients/{clientId}/segment", "GET /api/v1/clients/{clientId}/segment-history",
                "GET /api/v1/segments/summary")), operations.keySet().toString());
        JsonNode schemes = api.path("components").path("securitySchemes");
        List<String> problems = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        operations.forEach((name, op) -> {
            String id = op.path("operationId").asText("");
            if (id.isBlank()) {
                problems.add(name + ": no operationId");
            }
            ids.add(id);
            if (op.path("tags").isEmpty()) {
                problems.add(name + ": no tag");
            }
            if (op.path("summary").asText("").isBlank()) {
                problems.add(name + ": no summary");
            }
            boolean typed2xx = false;
            for (Iterator<Map.Entry<String, JsonNode>> rs = op.path("responses").fields(); rs.hasNext(); ) {
                Map.Entry<String, JsonNode> r = rs.next();
                if (r.getKey().startsWith("2")) {
                    JsonNode schema = r.getValue().path("content").path("application/json").path("schema");
                    typed2xx |= schema.has("$ref") || schema.has("type") && !isBareObject(schema);
                } else if (r.getKey().startsWith("4") && own(op)
                        && !r.getValue().path("content").path("application/problem+json").path("schema").has("$ref")) {
                    problems.add(name + ": " + r.getKey() + " is not problem+json with a schema");
                }
            }
            if (!typed2xx) {
                problems.add(name + ": no typed 2xx response");
            }
            JsonNode security = op.has("security") ? op.get("security") : api.path("security");
            if (security.isEmpty()) {
                problems.add(name + ": no security requirement");
            }
            for (JsonNode requirement : security) {
                requirement.fieldNames().forEachRemaining(scheme -> {
                    if (!schemes.has(scheme)) {
                        problems.add(name + ": security scheme " + scheme + " is not defined");
                    }
                });
            }
        });
        assertEquals(List.of(), problems);
        assertEquals(ids.size(), ids.stream().distinct().count(), "operationIds are unique: " + ids);
        boolean bearer = false;
        for (JsonNode scheme : schemes) {
            bearer |= "http".equals(scheme.path("type").asText()) && "bearer".equals(scheme.path("scheme").asText())
                    || "openIdConnect".equals(scheme.path("type").asText());
        }
        assertTrue(bearer, "a bearer security scheme for Swagger UI's Authorize: " + schemes);
    }

    @Test
    void theListsDescribeTheirFiltersAndTheProblemSchemaNamesFields() throws IOException {
        JsonNode api = liveDocument();
        JsonNode clients = api.path("paths").path("/api/v1/clients").path("get");
        List<String> parameters = new ArrayList<>();
        clients.path("parameters").forEach(p -> parameters.add(p.path("name").asText()));
        assertTrue(parameters.containsAll(List.of("segment", "size", "activity", "priority", "minAverageAssets",
                "sort", "page")), parameters.toString());
        JsonNode segment = clients.path("parameters").findParents("name").stream()
                .filter(p -> p.path("name").asText().equals("segment")).findFirst().orElseThrow();
        assertFalse(resolve(api, segment.path("schema")).path("enum").isEmpty(), "segment lists its nine codes");
        JsonNode example = api.path("paths").path("/api/v1/clients/{clientId}/segment").path("get")
                .path("responses").path("200").path("content").path("application/json").path("examples");
        assertFalse(example.isEmpty(), "the segment has an example");
        JsonNode problem = resolve(api, api.path("paths").path("/api/v1/clients").path("get").path("responses")
                .path("400").path("content").path("application/problem+json").path("schema"));
        assertTrue(problem.path("properties").has("status") && problem.path("properties").has("errors"),
                problem.toString());
    }

    /**
     * The service's own operations (tag {@code segments}); the library's admin operations document their 401/403
     * without a body schema (the library's to change).
     */
    static boolean own(JsonNode op) {
        for (JsonNode tag : op.path("tags")) {
            if (tag.asText().equals("segments")) {
                return true;
            }
        }
        return false;
    }

    static boolean isBareObject(JsonNode schema) {
        return "object".equals(schema.path("type").asText()) && !schema.has("properties")
                && !schema.has("additionalProperties");
    }

    static JsonNode resolve(JsonNode api, JsonNode schema) {
        String ref = schema.path("$ref").asText("");
        return ref.startsWith("#/components/schemas/")
                ? api.path("components").path("schemas").path(ref.substring("#/components/schemas/".length()))
                : schema;
    }
}
