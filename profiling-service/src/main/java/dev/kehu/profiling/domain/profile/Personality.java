package dev.kehu.profiling.domain.profile;

/** Personality type 性格 (docs/domain.md#facets); each comes with the advisor's communication guidance. */
public enum Personality {
    POWERFUL, POPULAR, PEACEFUL, PERFECT
}
