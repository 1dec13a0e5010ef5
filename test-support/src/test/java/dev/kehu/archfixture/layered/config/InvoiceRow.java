package dev.kehu.archfixture.layered.config;

/** A read model's row in the plumbing: belongs in its feature. */
public record InvoiceRow(String id) {
}
