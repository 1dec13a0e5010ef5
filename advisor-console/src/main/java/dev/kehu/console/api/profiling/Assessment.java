package dev.kehu.console.api.profiling;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.kehu.console.api.Labels;

/** A scored risk assessment: the answer to a questionnaire, and a profile's latest. */
public record Assessment(String riskCategory, boolean lowestCategory, PartScore capacity, PartScore attitude,
        Allocation allocation, Consistency consistency, Instant validUntil, String questionnaireVersion) {

    /** Capacity or attitude: the total, its band and the points per question. */
    public record PartScore(int score, String band, Map<String, Integer> breakdown) {
    }

    /** The suggested split, in percent. */
    public record Allocation(int lowRisk, int mediumRisk, int highRisk) {
    }

    public record Consistency(String level, List<Finding> findings) {
    }

    public record Finding(String code, Labels message) {
    }
}
