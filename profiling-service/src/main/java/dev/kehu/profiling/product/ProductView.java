package dev.kehu.profiling.product;

import java.time.Instant;
import java.util.List;

import dev.kehu.profiling.domain.client.RecordedBy;
import dev.kehu.profiling.domain.product.Horizon;
import dev.kehu.profiling.domain.product.RiskLevel;
import dev.kehu.profiling.domain.questionnaire.Labels;

/** A product as it is now; {@code history} (one product only, oldest first) keeps every registration and change. */
public record ProductView(String productCode, Labels name, RiskLevel riskLevel, String productType, Horizon horizon,
                          boolean onSale, long version, Instant updatedAt, List<Change> history) {

    /** One registration ({@code REGISTERED}) or change ({@code CHANGED}, with the risk level it had before). */
    public record Change(long version, String kind, RiskLevel riskLevel, RiskLevel previousRiskLevel, boolean onSale,
                         Labels name, String productType, Horizon horizon, Instant recordedAt,
                         RecordedBy recordedBy) {
    }
}
