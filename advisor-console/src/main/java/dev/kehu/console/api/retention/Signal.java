package dev.kehu.console.api.retention;

import java.time.Instant;

/** A churn signal: what happened, its weight in the score, when. */
public record Signal(String kind, int weight, Instant occurredAt, String detail) {
}
