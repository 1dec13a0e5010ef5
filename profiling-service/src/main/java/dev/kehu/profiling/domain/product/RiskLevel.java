package dev.kehu.profiling.domain.product;

/** docs/domain.md#risk-category product risk levels, R1 (lowest) … R5. A product {@code Rn} suits a client category {@code Cm} iff n ≤ m. */
public enum RiskLevel {
    R1, R2, R3, R4, R5;

    public int rank() {
        return ordinal() + 1;
    }
}
