package dev.kehu.profiling.domain.survey;

/** The five SERVQUAL dimensions (docs/domain.md#servqual). */
public enum Dimension {
    TANGIBLES, RELIABILITY, RESPONSIVENESS, ASSURANCE, EMPATHY
}
