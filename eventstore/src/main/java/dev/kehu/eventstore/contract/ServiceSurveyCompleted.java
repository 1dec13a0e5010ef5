package dev.kehu.eventstore.contract;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import dev.kehu.eventstore.DataReader;
import dev.kehu.eventstore.IncomingCloudEvent;
import dev.kehu.eventstore.InvalidMessageException;

/**
 * A client completed a SERVQUAL survey (docs/contract.md#topics-and-events, {@code profiling.service-survey-completed}):
 * published by profiling, consumed by retention (a poor score is a churn signal).
 *
 * @param dimensionGaps perception − expectation per dimension (TANGIBLES … EMPATHY)
 */
public record ServiceSurveyCompleted(UUID surveyId, String clientId, Instant completedAt,
                                     Map<String, BigDecimal> dimensionGaps, BigDecimal overallGap) {

    public static final String TOPIC = "profiling.service-survey-completed";
    public static final String TYPE = "profiling.service-survey.completed.v1";
    public static final Set<String> DIMENSIONS = Set.of("TANGIBLES", "RELIABILITY", "RESPONSIVENESS", "ASSURANCE",
            "EMPATHY");

    /** Reads the event's data, naming every problem at once; the record key must be the client. */
    public static ServiceSurveyCompleted decode(IncomingCloudEvent e) throws InvalidMessageException {
        return e.decode(TYPE, ServiceSurveyCompleted::clientId, r -> new ServiceSurveyCompleted(uuid(r, "surveyId"),
                r.text("clientId"), r.instant("completedAt"), gaps(e.data().get("dimensionGaps"), r),
                r.decimal("overallGap")));
    }

    private static UUID uuid(DataReader r, String field) {
        String text = r.text(field);
        try {
            return text == null ? null : UUID.fromString(text);
        } catch (IllegalArgumentException notAUuid) {
            r.reject(field + " must be a UUID");
            return null;
        }
    }

    private static Map<String, BigDecimal> gaps(JsonNode node, DataReader r) {
        Map<String, BigDecimal> gaps = new LinkedHashMap<>();
        if (node == null || !node.isObject()) {
            r.reject("dimensionGaps must be an object of dimension: number");
            return gaps;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            if (!DIMENSIONS.contains(f.getKey())) {
                r.reject("dimensionGaps has unknown dimension " + f.getKey());
            } else if (!f.getValue().isNumber()) {
                r.reject("dimensionGaps." + f.getKey() + " must be a number");
            } else {
                gaps.put(f.getKey(), f.getValue().decimalValue());
            }
        }
        return gaps;
    }
}
