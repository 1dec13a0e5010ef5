package dev.kehu.profiling.domain.profile;

/** Life phase 人生阶段 by age (docs/domain.md#facets); the age bounds are facet data. */
public enum LifePhase {
    GROWTH, YOUTH, ESTABLISHMENT, MATURITY, STABILITY, RETIREMENT
}
