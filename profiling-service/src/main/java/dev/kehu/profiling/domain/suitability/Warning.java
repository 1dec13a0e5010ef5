package dev.kehu.profiling.domain.suitability;

/** A warning as shown to the client: its code and its text in both languages, as decided. */
public record Warning(WarningCode code, String zh, String en) {
}
