package dev.kehu.profiling.profile.domain;

/** Personality type 性格 (SPEC §2); each comes with the advisor's communication guidance. */
public enum Personality {
    POWERFUL, POPULAR, PEACEFUL, PERFECT
}
