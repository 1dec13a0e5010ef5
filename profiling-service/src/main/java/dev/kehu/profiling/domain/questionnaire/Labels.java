package dev.kehu.profiling.domain.questionnaire;

/** A text in the two languages the front-ends show: Chinese and English. */
public record Labels(String zh, String en) {
}
