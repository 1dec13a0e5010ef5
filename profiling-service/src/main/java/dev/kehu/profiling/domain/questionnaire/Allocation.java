package dev.kehu.profiling.domain.questionnaire;

/** Suggested split over low, medium and high-risk products, in percent (sums to 100). */
public record Allocation(int lowRisk, int mediumRisk, int highRisk) {

    public int total() {
        return lowRisk + mediumRisk + highRisk;
    }
}
