package dev.kehu.profiling.domain.product;

import dev.kehu.profiling.domain.questionnaire.Labels;

/** What a manager states about a product: its names, risk level, type, horizon (may be null) and whether it is on sale. */
public record ProductDetails(Labels name, RiskLevel riskLevel, String productType, Horizon horizon, boolean onSale) {
}
