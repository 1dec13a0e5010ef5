package dev.kehu.profiling.product.domain;

/** A product's investment horizon (optional). */
public enum Horizon {
    SHORT, MEDIUM, LONG
}
