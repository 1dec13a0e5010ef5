package dev.kehu.profiling.domain.suitability;

import java.time.Instant;
import java.util.UUID;

import dev.kehu.profiling.domain.questionnaire.ConsistencyLevel;
import dev.kehu.profiling.domain.questionnaire.RiskCategory;

/** What a suitability check needs of the client's latest assessment. */
public record AssessmentFacts(UUID assessmentId, String questionnaireVersion, RiskCategory category, boolean lowest,
                              Instant validUntil, ConsistencyLevel consistency) {
}
