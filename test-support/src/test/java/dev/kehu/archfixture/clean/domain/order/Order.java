package dev.kehu.archfixture.clean.domain.order;

/** A pure core: knows nothing of its shell. */
public record Order(String id) {
}
