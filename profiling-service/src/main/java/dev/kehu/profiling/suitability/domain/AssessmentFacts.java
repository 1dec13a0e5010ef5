package dev.kehu.profiling.suitability.domain;

import java.time.Instant;
import java.util.UUID;

import dev.kehu.profiling.questionnaire.domain.ConsistencyLevel;
import dev.kehu.profiling.questionnaire.domain.RiskCategory;

/** What a suitability check needs of the client's latest assessment. */
public record AssessmentFacts(UUID assessmentId, String questionnaireVersion, RiskCategory category, boolean lowest,
                              Instant validUntil, ConsistencyLevel consistency) {
}
