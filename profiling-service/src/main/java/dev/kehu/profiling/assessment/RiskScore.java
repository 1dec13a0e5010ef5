package dev.kehu.profiling.assessment;

import dev.kehu.profiling.questionnaire.Allocation;

/** The outcome of scoring one set of answers. */
public record RiskScore(PartScore capacity, PartScore attitude, Allocation allocation) {
}
