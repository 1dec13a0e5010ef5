package dev.kehu.archfixture.clean.order;

/** The order feature's read model, in the feature's package. */
public record OrderView(String id, int lines) {
}
