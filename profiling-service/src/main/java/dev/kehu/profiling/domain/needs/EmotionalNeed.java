package dev.kehu.profiling.domain.needs;

/** What a client needs emotionally (情感上的需求), docs/domain.md#service-needs. */
public enum EmotionalNeed {
    RESPECT, ATTENTION, SOCIABLE, SOLITUDE, PRIVACY, EXCLUSIVITY
}
