package dev.kehu.console.api.profiling;

/** One line of the profile list. */
public record ProfileSummary(String clientId, String riskCategory) {
}
