package dev.kehu.profiling.domain.questionnaire;

/**
 * Points of a number question: {@code clamp(intercept + slope × answer, floor, cap)}. The age
 * question is {@code 75 − age} within 0..50, the loss question {@code 2 × percent} capped at 50.
 */
public record LinearScoring(int intercept, int slope, int floor, int cap) {

    public int points(int answer) {
        long raw = (long) intercept + (long) slope * answer;
        return (int) Math.max(floor, Math.min(cap, raw));
    }
}
