package dev.kehu.profiling.questionnaire.domain;

/** A band starts at {@code minScore} and runs up to the next band's cut-off. */
public record BandCutoff(Band band, int minScore, Labels labels) {
}
