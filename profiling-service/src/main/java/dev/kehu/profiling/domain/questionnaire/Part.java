package dev.kehu.profiling.domain.questionnaire;

/** Which score a question counts towards: capacity (A+B) or attitude (C+D). */
public enum Part {
    CAPACITY, ATTITUDE
}
