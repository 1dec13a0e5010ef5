package dev.kehu.profiling.domain.product;

import java.time.Instant;

import dev.kehu.eventstore.EventType;

/** The catalogue's facts, stream {@code product-<productCode>}: a product is registered once, then changed. */
public sealed interface ProductEvent permits ProductEvent.ProductRegistered, ProductEvent.ProductChanged {

    String productCode();

    ProductDetails details();

    Instant recordedAt();

    @EventType("profiling.product.registered.v1")
    record ProductRegistered(String productCode, ProductDetails details, Instant recordedAt) implements ProductEvent {
    }

    /** The details as they are now; {@code previousRiskLevel} keeps what the risk level was before. */
    @EventType("profiling.product.changed.v1")
    record ProductChanged(String productCode, ProductDetails details, RiskLevel previousRiskLevel, Instant recordedAt)
            implements ProductEvent {
    }
}
