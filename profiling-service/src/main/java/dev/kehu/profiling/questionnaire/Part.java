package dev.kehu.profiling.questionnaire;

/** Which score a question counts towards: capacity (A+B) or attitude (C+D). */
public enum Part {
    CAPACITY, ATTITUDE
}
