package dev.kehu.profiling.domain.survey;

/** The five SERVQUAL dimensions (SPEC §2). */
public enum Dimension {
    TANGIBLES, RELIABILITY, RESPONSIVENESS, ASSURANCE, EMPATHY
}
