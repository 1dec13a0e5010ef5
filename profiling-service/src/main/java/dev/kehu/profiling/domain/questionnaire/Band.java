package dev.kehu.profiling.domain.questionnaire;

/** docs/domain.md#bands bands, shared by risk capacity and risk attitude; the cut-offs are questionnaire data. */
public enum Band {
    LOW, MEDIUM_LOW, MEDIUM, MEDIUM_HIGH, HIGH
}
