package dev.kehu.profiling.product;

/** Body of {@code PUT /api/v1/products/{productCode}}; codes arrive as text so an unknown one is a 400 naming the field. */
public record ProductRequest(Name name, String riskLevel, String productType, String horizon, Boolean onSale) {

    /** The product's name in both languages. */
    public record Name(String zh, String en) {
    }
}
