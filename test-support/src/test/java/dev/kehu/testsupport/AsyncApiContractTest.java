package dev.kehu.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The machine-readable contract of the topics (docs/asyncapi.yaml and docs/schemas) cannot drift from
 * the suite: every topic the suite creates is a channel, and every schema a message points at exists,
 * parses, and is a JSON Schema 2020-12 document with the fields it requires described.
 */
class AsyncApiContractTest {

    static final Path DOCS = Path.of("..", "docs");

    static JsonNode asyncApi() throws IOException {
        return new ObjectMapper(new YAMLFactory()).readTree(DOCS.resolve("asyncapi.yaml").toFile());
    }

    @Test
    void everyTopicOfTheSuiteIsAChannel() throws IOException {
        JsonNode doc = asyncApi();
        assertTrue(doc.path("asyncapi").asText().startsWith("3."), "an AsyncAPI 3 document");
        Set<String> addresses = new HashSet<>();
        doc.path("channels").forEach(c -> addresses.add(c.path("address").asText()));
        for (String topic : Topics.MAIN) {
            assertTrue(addresses.contains(topic), "docs/asyncapi.yaml has no channel for " + topic);
        }
    }

    @Test
    void everyPayloadSchemaExistsAndDescribesWhatItRequires() throws IOException {
        List<String> files = new ArrayList<>();
        collectFileRefs(asyncApi(), files);
        assertTrue(files.size() >= Topics.MAIN.size(), "payload schemas referenced: " + files);
        ObjectMapper json = new ObjectMapper();
        for (String ref : files) {
            Path file = DOCS.resolve(ref);
            assertTrue(Files.isRegularFile(file), "asyncapi.yaml points at a missing " + ref);
            JsonNode schema = json.readTree(file.toFile());
            assertEquals("https://json-schema.org/draft/2020-12/schema", schema.path("$schema").asText(), ref);
            assertEquals("object", schema.path("type").asText(), ref);
            for (JsonNode required : schema.path("required")) {
                assertTrue(schema.path("properties").has(required.asText()),
                        ref + " requires " + required.asText() + " but does not describe it");
            }
        }
    }

    private static void collectFileRefs(JsonNode node, List<String> into) {
        if (node.isObject()) {
            JsonNode ref = node.get("$ref");
            if (ref != null && ref.isTextual() && !ref.asText().startsWith("#")) {
                into.add(ref.asText());
            }
            node.forEach(child -> collectFileRefs(child, into));
        } else if (node.isArray()) {
            node.forEach(child -> collectFileRefs(child, into));
        }
    }
}
