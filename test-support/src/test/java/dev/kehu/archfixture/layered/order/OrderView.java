package dev.kehu.archfixture.layered.order;

/** The order feature's read model. */
public record OrderView(String id, int lines) {
}
