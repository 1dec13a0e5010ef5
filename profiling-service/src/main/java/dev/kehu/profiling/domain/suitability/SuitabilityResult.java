package dev.kehu.profiling.domain.suitability;

/** docs/domain.md#suitability-check outcomes of a suitability check. */
public enum SuitabilityResult {
    /** The client's category covers the product's risk level. */
    MATCH,
    /** The product's risk is above the category: it may be sold only after a written warning the client acknowledges. */
    MISMATCH,
    /** A lowest-category client and a product above R1: not to be sold, acknowledgement or not. */
    REFUSED,
    /** No assessment, or the latest has expired: the client must be (re)assessed first. */
    NO_VALID_ASSESSMENT
}
