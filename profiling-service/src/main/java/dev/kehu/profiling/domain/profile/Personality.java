package dev.kehu.profiling.domain.profile;

/** Personality type 性格 (SPEC §2); each comes with the advisor's communication guidance. */
public enum Personality {
    POWERFUL, POPULAR, PEACEFUL, PERFECT
}
