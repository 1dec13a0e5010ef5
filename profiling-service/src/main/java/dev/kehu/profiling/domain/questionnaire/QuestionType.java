package dev.kehu.profiling.domain.questionnaire;

public enum QuestionType {
    /** A whole number within {@code min..max}, scored by a linear formula. */
    NUMBER,
    /** One option code out of the question's options, scored by the option's points. */
    CHOICE
}
