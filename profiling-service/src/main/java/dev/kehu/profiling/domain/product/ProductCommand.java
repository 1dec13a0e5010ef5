package dev.kehu.profiling.domain.product;

import java.time.Instant;

/** A manager states a product's details (PUT): registers it, changes it, or repeats what is known. */
public record ProductCommand(String productCode, ProductDetails details, Instant now) {
}
