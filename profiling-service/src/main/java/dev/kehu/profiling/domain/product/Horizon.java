package dev.kehu.profiling.domain.product;

/** A product's investment horizon (optional). */
public enum Horizon {
    SHORT, MEDIUM, LONG
}
