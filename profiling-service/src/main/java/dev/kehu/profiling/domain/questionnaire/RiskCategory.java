package dev.kehu.profiling.domain.questionnaire;

/**
 * docs/domain.md#risk-category client risk categories (投资者风险承受能力类别), C1 保守型 … C5 激进型. A product of risk level
 * {@code Rn} suits a category {@code Cm} iff n ≤ m.
 */
public enum RiskCategory {
    C1, C2, C3, C4, C5;

    /** 1 for C1 … 5 for C5: the highest product risk level the category covers. */
    public int rank() {
        return ordinal() + 1;
    }
}
