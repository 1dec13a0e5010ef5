package dev.kehu.eventstore.contract;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

import dev.kehu.eventstore.DataReader;
import dev.kehu.eventstore.IncomingCloudEvent;
import dev.kehu.eventstore.InvalidMessageException;

/**
 * A client's risk questionnaire was scored (docs/contract.md#topics-and-events, {@code profiling.questionnaire-completed}):
 * published by profiling for whoever sells products (order and sales systems); retention reads it for the
 * REASSESSMENT reminder (docs/domain.md#reminders).
 *
 * @param riskCategory   the suitability category C1–C5 (docs/domain.md#risk-category); null on assessments scored before it existed
 * @param lowestCategory whether the client can bear no loss at all (C1, the lowest category)
 * @param rescoredFrom   on an assessment re-scored under a new questionnaire version, the original's id;
 *                       absent otherwise
 * @param validUntil     when the assessment stops being valid (docs/domain.md#validity); absent on events
 *                       published before the field existed
 */
public record QuestionnaireCompleted(UUID assessmentId, String clientId, String questionnaireVersion,
                                     Instant completedAt, ScoreBand capacity, ScoreBand attitude,
                                     Allocation allocation, String riskCategory, boolean lowestCategory,
                                     @JsonInclude(JsonInclude.Include.NON_NULL) UUID rescoredFrom,
                                     @JsonInclude(JsonInclude.Include.NON_NULL) Instant validUntil) {

    public static final String TOPIC = "profiling.questionnaire-completed";
    public static final String TYPE = "profiling.questionnaire.completed.v1";

    public static final Set<String> BANDS = Set.of("LOW", "MEDIUM_LOW", "MEDIUM", "MEDIUM_HIGH", "HIGH");
    public static final Set<String> CATEGORIES = Set.of("C1", "C2", "C3", "C4", "C5");

    /**
     * Reads the event's data, naming every problem at once; the record key must be the client. Absent
     * {@code validUntil}, {@code riskCategory} and {@code rescoredFrom} (events from before those fields) are null.
     */
    public static QuestionnaireCompleted decode(IncomingCloudEvent e) throws InvalidMessageException {
        JsonNode data = e.data();
        return e.decode(TYPE, QuestionnaireCompleted::clientId, r -> new QuestionnaireCompleted(
                uuid(r, "assessmentId"), r.text("clientId"), r.text("questionnaireVersion"), r.instant("completedAt"),
                scoreBand(data.get("capacity"), "capacity", r), scoreBand(data.get("attitude"), "attitude", r),
                allocation(data.get("allocation"), r), category(r), data.path("lowestCategory").asBoolean(false),
                present(data, "rescoredFrom") ? uuid(r, "rescoredFrom") : null,
                present(data, "validUntil") ? r.instant("validUntil") : null));
    }

    private static String category(DataReader r) {
        String category = r.optionalText("riskCategory");
        if (category != null && !CATEGORIES.contains(category)) {
            r.reject("riskCategory has unknown code " + category);
        }
        return category;
    }

    private static boolean present(JsonNode data, String field) {
        return data.hasNonNull(field);
    }

    private static UUID uuid(DataReader r, String field) {
        String text = r.text(field);
        try {
            return text == null ? null : UUID.fromString(text);
        } catch (IllegalArgumentException ex) {
            r.reject(field + " is not a UUID: " + text);
            return null;
        }
    }

    private static ScoreBand scoreBand(JsonNode node, String field, DataReader r) {
        if (node == null || !node.isObject()) {
            r.reject(field + " must be an object {score, band}");
            return null;
        }
        JsonNode score = node.get("score");
        String band = node.path("band").asText("");
        if (score == null || !score.canConvertToExactIntegral() || score.asInt() < 0 || score.asInt() > 100
                || !BANDS.contains(band)) {
            r.reject(field + " needs a score 0-100 and a known band");
            return null;
        }
        return new ScoreBand(score.asInt(), band);
    }

    private static Allocation allocation(JsonNode node, DataReader r) {
        if (node == null || !node.isObject()) {
            r.reject("allocation must be an object {lowRisk, mediumRisk, highRisk}");
            return null;
        }
        int[] percents = new int[3];
        String[] names = {"lowRisk", "mediumRisk", "highRisk"};
        for (int i = 0; i < 3; i++) {
            JsonNode v = node.get(names[i]);
            if (v == null || !v.isNumber() || !v.canConvertToExactIntegral() || v.asInt() < 0 || v.asInt() > 100) {
                r.reject("allocation." + names[i] + " must be a whole percent 0-100");
                return null;
            }
            percents[i] = v.asInt();
        }
        return new Allocation(percents[0], percents[1], percents[2]);
    }

    /** A score 0–100 and its band code (docs/domain.md#bands). */
    public record ScoreBand(int score, String band) {
    }

    /** Percentages of low-, medium- and high-risk products; they sum to 100. */
    public record Allocation(int lowRisk, int mediumRisk, int highRisk) {
    }
}
