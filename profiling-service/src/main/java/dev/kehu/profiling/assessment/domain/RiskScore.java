package dev.kehu.profiling.assessment.domain;

import dev.kehu.profiling.questionnaire.domain.Allocation;

/** The outcome of scoring one set of answers. */
public record RiskScore(PartScore capacity, PartScore attitude, Allocation allocation) {
}
