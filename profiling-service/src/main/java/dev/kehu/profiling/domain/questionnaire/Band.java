package dev.kehu.profiling.domain.questionnaire;

/** SPEC §2 bands, shared by risk capacity and risk attitude; the cut-offs are questionnaire data. */
public enum Band {
    LOW, MEDIUM_LOW, MEDIUM, MEDIUM_HIGH, HIGH
}
