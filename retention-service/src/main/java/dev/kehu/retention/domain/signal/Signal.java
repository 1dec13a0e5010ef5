package dev.kehu.retention.domain.signal;

import java.time.Instant;

/**
 * One churn signal: its kind, when it happened (event time), the weight it added and a detail
 * that says in words where the number came from.
 */
public record Signal(String signalId, SignalKind kind, Instant occurredAt, int weight, String detail) {
}
