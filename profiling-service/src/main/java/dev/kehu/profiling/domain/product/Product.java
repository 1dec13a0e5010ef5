package dev.kehu.profiling.domain.product;

import java.time.Instant;

/** A product as the fold of its stream; {@code version} 0 means it was never registered. */
public record Product(String productCode, ProductDetails details, long version, Instant updatedAt) {

    public static final Product NONE = new Product(null, null, 0, null);

    public boolean exists() {
        return version > 0;
    }
}
