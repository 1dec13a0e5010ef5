package dev.kehu.profiling.assessment.domain;

import java.util.Map;

import dev.kehu.profiling.questionnaire.domain.Band;

/** Capacity or attitude: the total, its band, and the points each question contributed. */
public record PartScore(int score, Band band, Map<String, Integer> breakdown) {
}
