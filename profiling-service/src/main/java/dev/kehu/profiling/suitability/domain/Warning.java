package dev.kehu.profiling.suitability.domain;

/** A warning as shown to the client: its code and its text in both languages, as decided. */
public record Warning(WarningCode code, String zh, String en) {
}
