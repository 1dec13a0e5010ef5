package dev.kehu.profiling.assessment;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/** {@code {"answers": {"age": 38, "employment": "STABLE_INCOME", …}}}; raw nodes, so each bad answer is named. */
public record RiskAssessmentRequest(Map<String, JsonNode> answers) {
}
