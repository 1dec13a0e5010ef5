package dev.kehu.profiling.domain.suitability;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dev.kehu.profiling.domain.product.RiskLevel;
import dev.kehu.profiling.domain.questionnaire.ConsistencyLevel;

/**
 * docs/domain.md#risk-category, after 证券期货投资者适当性管理办法: a product {@code Rn} suits a client category {@code Cm}
 * iff n ≤ m; above it, the client must be warned in writing and acknowledge (MISMATCH); the lowest
 * category (最低风险承受能力类别) may buy nothing above R1 (REFUSED); without a valid assessment there is
 * nothing to match (NO_VALID_ASSESSMENT). Contradictory (RED) answers add a warning, the result stays. Pure.
 */
public final class SuitabilityRule {

    /** The outcome: result, warning codes in order, and whether the client must acknowledge. */
    public record Decision(SuitabilityResult result, List<WarningCode> warnings, boolean acknowledgementRequired) {
    }

    private SuitabilityRule() {
    }

    /** @param assessment the client's latest assessment, null if there is none */
    public static Decision decide(AssessmentFacts assessment, RiskLevel product, Instant now) {
        if (assessment == null) {
            return new Decision(SuitabilityResult.NO_VALID_ASSESSMENT, List.of(WarningCode.ASSESSMENT_MISSING), false);
        }
        if (!assessment.validUntil().isAfter(now)) {
            return new Decision(SuitabilityResult.NO_VALID_ASSESSMENT, List.of(WarningCode.ASSESSMENT_EXPIRED), false);
        }
        List<WarningCode> warnings = new ArrayList<>();
        SuitabilityResult result;
        if (assessment.lowest() && product.rank() > RiskLevel.R1.rank()) {
            result = SuitabilityResult.REFUSED;
            warnings.add(WarningCode.LOWEST_CATEGORY);
        } else if (product.rank() <= assessment.category().rank()) {
            result = SuitabilityResult.MATCH;
        } else {
            result = SuitabilityResult.MISMATCH;
            warnings.add(WarningCode.PRODUCT_RISK_ABOVE_CATEGORY);
        }
        if (assessment.consistency() == ConsistencyLevel.RED) {
            warnings.add(WarningCode.INCONSISTENT_ANSWERS);
        }
        return new Decision(result, List.copyOf(warnings), result == SuitabilityResult.MISMATCH);
    }
}
