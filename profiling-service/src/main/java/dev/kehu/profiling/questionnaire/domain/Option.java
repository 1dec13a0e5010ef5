package dev.kehu.profiling.questionnaire.domain;

/** One answer of a choice question and the points it scores. */
public record Option(String code, int points, Labels labels) {
}
