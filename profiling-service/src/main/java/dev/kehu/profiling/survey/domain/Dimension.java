package dev.kehu.profiling.survey.domain;

/** The five SERVQUAL dimensions (SPEC §2). */
public enum Dimension {
    TANGIBLES, RELIABILITY, RESPONSIVENESS, ASSURANCE, EMPATHY
}
