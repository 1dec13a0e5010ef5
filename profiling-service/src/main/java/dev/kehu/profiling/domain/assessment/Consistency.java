package dev.kehu.profiling.domain.assessment;

import java.util.List;

import dev.kehu.profiling.domain.questionnaire.ConsistencyLevel;
import dev.kehu.profiling.domain.questionnaire.Labels;

/**
 * Whether the answers contradict each other: {@code GREEN} with no findings, otherwise the
 * severest finding's level. Advisors read the findings before trusting the allocation.
 */
public record Consistency(String rulesVersion, ConsistencyLevel level, List<Finding> findings) {

    /** A rule that fired, with the questions whose answers clash. */
    public record Finding(String code, ConsistencyLevel severity, List<String> questions, Labels message) {
    }
}
