package dev.kehu.profiling.domain.assessment;

import java.util.Map;

import dev.kehu.profiling.domain.questionnaire.Band;

/** Capacity or attitude: the total, its band, and the points each question contributed. */
public record PartScore(int score, Band band, Map<String, Integer> breakdown) {
}
