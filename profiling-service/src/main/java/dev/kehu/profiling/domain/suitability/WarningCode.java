package dev.kehu.profiling.domain.suitability;

/** docs/domain.md#suitability warning codes; their texts are data ({@code suitability-warnings-<v>.json}). */
public enum WarningCode {
    ASSESSMENT_MISSING, ASSESSMENT_EXPIRED, PRODUCT_RISK_ABOVE_CATEGORY, LOWEST_CATEGORY, INCONSISTENT_ANSWERS
}
