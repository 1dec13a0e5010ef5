package dev.kehu.profiling.domain.questionnaire;

/** How far an assessment's answers can be trusted: no contradiction, a doubtful one, a flat one. */
public enum ConsistencyLevel {
    GREEN, AMBER, RED
}
