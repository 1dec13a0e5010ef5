package dev.kehu.retention.domain.plan;

/** One service a tier promises, with its contract code and its labels. */
public record PromisedService(String code, String zh, String en) {
}
