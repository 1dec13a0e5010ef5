package dev.kehu.console.codes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Finds the codes a field takes in an OpenAPI document: the {@code enum} of an operation's query
 * parameter, else of a property of its request body or 2xx response (searched through nested objects
 * and arrays, following {@code $ref}s): a filter declared as a plain string is found through the
 * items it lists.
 */
final class OpenApiEnums {

    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");

    private OpenApiEnums() {
    }

    static Optional<List<String>> find(JsonNode document, String operationId, String field) {
        JsonNode operation = operation(document, operationId);
        if (operation == null) {
            return Optional.empty();
        }
        for (JsonNode parameter : operation.path("parameters")) {
            Optional<List<String>> codes = field.equals(parameter.path("name").asText())
                    ? codes(document, parameter.path("schema")) : Optional.empty();
            if (codes.isPresent()) {
                return codes;
            }
        }
        List<JsonNode> bodies = new ArrayList<>();
        operation.path("requestBody").path("content").forEach(media -> bodies.add(media.path("schema")));
        operation.path("responses").properties().stream().filter(r -> r.getKey().startsWith("2"))
                .forEach(r -> r.getValue().path("content").forEach(media -> bodies.add(media.path("schema"))));
        for (JsonNode body : bodies) {
            Optional<List<String>> found = property(document, body, field, new HashSet<>());
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static JsonNode operation(JsonNode document, String operationId) {
        for (JsonNode path : document.path("paths")) {
            for (String method : METHODS) {
                if (operationId.equals(path.path(method).path("operationId").asText(null))) {
                    return path.path(method);
                }
            }
        }
        return null;
    }

    /** The codes of the first property named {@code field} within the schema, depth first. */
    private static Optional<List<String>> property(JsonNode document, JsonNode schema, String field, Set<String> seen) {
        String ref = schema.path("$ref").asText("");
        if (!ref.isEmpty() && !seen.add(ref)) {
            return Optional.empty();
        }
        JsonNode s = resolve(document, schema);
        if (s.path("type").asText().equals("array")) {
            return property(document, s.path("items"), field, seen);
        }
        JsonNode properties = s.path("properties");
        if (properties.has(field)) {
            Optional<List<String>> codes = codes(document, properties.path(field));
            if (codes.isPresent()) {
                return codes;
            }
        }
        for (JsonNode nested : properties) {
            Optional<List<String>> found = property(document, nested, field, seen);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static Optional<List<String>> codes(JsonNode document, JsonNode schema) {
        JsonNode s = resolve(document, schema);
        if (s.path("type").asText().equals("array")) {
            return codes(document, s.path("items"));
        }
        if (!s.path("enum").isArray() || s.path("enum").isEmpty()) {
            return Optional.empty();
        }
        List<String> codes = new ArrayList<>();
        s.path("enum").forEach(code -> codes.add(code.asText()));
        return Optional.of(List.copyOf(codes));
    }

    /** The schema a {@code $ref} names ({@code #/components/schemas/X}), or the schema itself. */
    private static JsonNode resolve(JsonNode document, JsonNode schema) {
        String ref = schema.path("$ref").asText("");
        return ref.startsWith("#/") ? document.at(ref.substring(1)) : schema;
    }
}
