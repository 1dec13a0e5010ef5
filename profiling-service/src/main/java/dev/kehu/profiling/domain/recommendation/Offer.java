package dev.kehu.profiling.domain.recommendation;

import dev.kehu.profiling.domain.product.Horizon;
import dev.kehu.profiling.domain.product.RiskLevel;
import dev.kehu.profiling.domain.questionnaire.Labels;

/** A product on sale, as a recommendation lists it; {@code horizon} may be null. */
public record Offer(String productCode, Labels name, RiskLevel riskLevel, Horizon horizon) {
}
