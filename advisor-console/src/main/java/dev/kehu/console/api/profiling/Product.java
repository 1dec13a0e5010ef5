package dev.kehu.console.api.profiling;

import java.time.Instant;

import dev.kehu.console.api.Labels;

/** A product as profiling-service lists it (docs/contract.md, suitability products). */
public record Product(String productCode, Labels name, String riskLevel, String productType, String horizon,
        boolean onSale, Instant updatedAt) {

    /** The body of {@code PUT /products/{productCode}}. */
    public record Change(Labels name, String riskLevel, String productType, String horizon, Boolean onSale) {
    }
}
