package dev.kehu.profiling.domain.questionnaire;

/** One answer of a choice question and the points it scores. */
public record Option(String code, int points, Labels labels) {
}
