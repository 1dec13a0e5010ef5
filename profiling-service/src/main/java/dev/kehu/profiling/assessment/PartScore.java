package dev.kehu.profiling.assessment;

import java.util.Map;

import dev.kehu.profiling.questionnaire.Band;

/** Capacity or attitude: the total, its band, and the points each question contributed. */
public record PartScore(int score, Band band, Map<String, Integer> breakdown) {
}
