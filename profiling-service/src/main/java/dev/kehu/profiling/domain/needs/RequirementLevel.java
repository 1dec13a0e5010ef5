package dev.kehu.profiling.domain.needs;

/**
 * The three levels of a requirement (docs/domain.md#service-needs): MUST 必须的要求 (unmet, the client
 * leaves), EXPECTED 期望的要求 (the client assumes it), DELIGHT 令人激动的 (beyond expectation).
 */
public enum RequirementLevel {
    MUST, EXPECTED, DELIGHT
}
