package dev.kehu.profiling;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import dev.kehu.testsupport.KehuInfra;
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

    /** Every SERVQUAL item rated 7 expected, 6 perceived. */
    static Map<String, Object> fullRatings() {
        Map<String, Object> r = new HashMap<>();
        for (String d : new String[] {"T5", "R5", "S4", "A4", "E4"}) {
            for (int i = 1; i <= d.charAt(1) - '0'; i++) {
                r.put(d.charAt(0) + Integer.toString(i), Map.of("expectation", 7, "perception", 6));
            }
        }
        return r;
    }

    /** {@code Bearer <token>} signed with the run's development key. */
    static String bearer(String subject, String role, String clientId) {
        return "Bearer " + KehuInfra.get().tokens().token(subject, role, clientId);
    }

    static Response submit(String clientId, Map<String, Object> answers) {
        return given().contentType(ContentType.JSON).body(Map.of("answers", answers))
                .post("/api/v1/clients/{id}/risk-assessments", clientId);
    }

    static Response put(String clientId, String facet, Object body) {
        return given().contentType(ContentType.JSON).body(body).put("/api/v1/clients/{id}/" + facet, clientId);
    }

    /** {@code PUT /api/v1/products/{code}} with the test's product body, as a manager (the default token). */
    static Response putProduct(String code, String riskLevel, boolean onSale) {
        return given().contentType(ContentType.JSON).body(SuitabilityFlowTest.product(riskLevel, onSale))
                .put("/api/v1/products/{code}", code);
    }
}
