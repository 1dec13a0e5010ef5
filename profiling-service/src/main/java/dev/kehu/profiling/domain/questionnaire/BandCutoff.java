package dev.kehu.profiling.domain.questionnaire;

/** A band starts at {@code minScore} and runs up to the next band's cut-off. */
public record BandCutoff(Band band, int minScore, Labels labels) {
}
