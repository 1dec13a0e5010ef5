package dev.kehu.console.codes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Where a field's codes stand in an OpenAPI document: a parameter, a request body, a response's items. */
class OpenApiEnumsTest {

    static final String DOCUMENT = """
            {"paths": {
              "/tasks": {"get": {"operationId": "listTasks",
                "parameters": [{"name": "status", "in": "query", "schema": {"type": "string", "enum": ["OPEN", "CLOSED"]}},
                  {"name": "stage", "in": "query", "schema": {"type": "string"}}],
                "responses": {"200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/TaskPage"}}}}}}},
              "/tasks/{id}/close": {"post": {"operationId": "closeTask",
                "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Close"}}}},
                "responses": {"200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Task"}}}}}}}},
             "components": {"schemas": {
              "Outcome": {"type": "string", "enum": ["RETAINED", "LOST"]},
              "Close": {"type": "object", "properties": {"outcome": {"$ref": "#/components/schemas/Outcome"}, "notes": {"type": "string"}}},
              "Task": {"type": "object", "properties": {"stage": {"type": "string", "enum": ["OPENED", "CLOSED"]},
                "parent": {"$ref": "#/components/schemas/Task"}}},
              "TaskPage": {"type": "object", "properties": {"items": {"type": "array", "items": {"$ref": "#/components/schemas/Task"}}}}}}}
            """;

    @Test
    void findsAParameterABodyPropertyAndAPropertyOfAResponsesItems() throws Exception {
        JsonNode doc = new ObjectMapper().readTree(DOCUMENT);
        assertThat(OpenApiEnums.find(doc, "listTasks", "status")).contains(List.of("OPEN", "CLOSED"));
        assertThat(OpenApiEnums.find(doc, "closeTask", "outcome")).contains(List.of("RETAINED", "LOST"));
        assertThat(OpenApiEnums.find(doc, "listTasks", "stage")).as("a plain string filter: through the page's items")
                .contains(List.of("OPENED", "CLOSED"));
    }

    @Test
    void findsNothingForAFieldWithoutCodesOrAnUnknownOperation() throws Exception {
        JsonNode doc = new ObjectMapper().readTree(DOCUMENT);
        assertThat(OpenApiEnums.find(doc, "closeTask", "notes")).isEmpty();
        assertThat(OpenApiEnums.find(doc, "listTasks", "missing")).as("a schema naming itself ends").isEmpty();
        assertThat(OpenApiEnums.find(doc, "reopenTask", "outcome")).isEmpty();
    }
}
