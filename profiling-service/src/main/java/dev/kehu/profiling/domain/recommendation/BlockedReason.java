package dev.kehu.profiling.domain.recommendation;

/**
 * Why a bucket's share cannot be held in it (docs/domain.md#recommendations): CATEGORY, none of its risk levels
 * suits the client's risk category; NO_PRODUCT, the category allows it but no suitable product is on sale.
 */
public enum BlockedReason {
    CATEGORY, NO_PRODUCT
}
