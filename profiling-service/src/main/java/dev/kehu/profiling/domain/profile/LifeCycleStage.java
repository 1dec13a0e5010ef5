package dev.kehu.profiling.domain.profile;

/** Family life-cycle stage 家庭生命周期 (docs/domain.md#facets), derived from the household facts. */
public enum LifeCycleStage {
    SINGLE, NEWLY_MARRIED, FULL_NEST_I, FULL_NEST_II, FULL_NEST_III, EMPTY_NEST_I, EMPTY_NEST_II, SOLITARY_WORKING,
    SOLITARY_RETIRED
}
