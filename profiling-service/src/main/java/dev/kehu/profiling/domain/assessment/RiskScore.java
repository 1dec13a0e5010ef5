package dev.kehu.profiling.domain.assessment;

import dev.kehu.profiling.domain.questionnaire.Allocation;

/** The outcome of scoring one set of answers. */
public record RiskScore(PartScore capacity, PartScore attitude, Allocation allocation) {
}
