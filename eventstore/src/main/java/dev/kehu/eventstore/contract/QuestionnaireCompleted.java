package dev.kehu.eventstore.contract;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A client's risk questionnaire was scored (docs/contract.md#topics-and-events, {@code profiling.questionnaire-completed}):
 * published by profiling for whoever sells products (order and sales systems).
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

    /** A score 0–100 and its band code (docs/domain.md#bands). */
    public record ScoreBand(int score, String band) {
    }

    /** Percentages of low-, medium- and high-risk products; they sum to 100. */
    public record Allocation(int lowRisk, int mediumRisk, int highRisk) {
    }
}
