package dev.kehu.profiling;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Shared requests of the integration tests. */
final class Api {

    private Api() {
    }

    static String newClientId() {
        return "it-" + UUID.randomUUID().toString().substring(0, 13);
    }

    static Map<String, Object> typicalAnswers() {
        Map<String, Object> a = new HashMap<>();
        a.put("age", 38);
        a.put("employment", "STABLE_INCOME");
        a.put("familyBurden", "DUAL_INCOME_WITH_CHILDREN");
        a.put("housing", "MORTGAGE_UNDER_HALF");
        a.put("investmentExperience", "YEARS_2_TO_5");
        a.put("investmentKnowledge", "AVERAGE");
        a.put("maxLossPercent", 12);
        a.put("investmentPriority", "BEAT_INFLATION");
        a.put("stopLoss", "EXECUTES_STOP");
        a.put("lossReaction", "AFFECTS_MOOD");
        a.put("marketWatching", "WEEKLY");
        a.put("performanceControl", "PARTIAL_CONTROL");
        return a;
    }

    static Response submit(String clientId, Map<String, Object> answers) {
        return given().contentType(ContentType.JSON).body(Map.of("answers", answers))
                .post("/api/v1/clients/{id}/risk-assessments", clientId);
    }

    static Response put(String clientId, String facet, Object body) {
        return given().contentType(ContentType.JSON).body(body).put("/api/v1/clients/{id}/" + facet, clientId);
    }
}
