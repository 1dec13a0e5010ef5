package dev.kehu.archfixture.clean.order.domain;

/** A pure core: knows nothing of its shell. */
public record Order(String id) {
}
