package dev.kehu.profiling.rescore;

/** Body of {@code POST /api/v1/admin/risk-assessments/rescore}: the published questionnaire version to score with. */
public record RescoreRequest(String toVersion) {
}
