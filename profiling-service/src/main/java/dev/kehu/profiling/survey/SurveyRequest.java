package dev.kehu.profiling.survey;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/** {@code {"ratings": {"T1": {"expectation": 6, "perception": 5}, …}}}, one entry per SERVQUAL item. */
public record SurveyRequest(Map<String, JsonNode> ratings) {
}
