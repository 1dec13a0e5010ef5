package dev.kehu.retention.domain.signal;

import java.time.Instant;
import java.util.List;

/** A client's risk at one moment and the signals of the window that make it up. */
public record RiskAssessment(int riskScore, RiskLevel riskLevel, Instant asOf, Instant windowStart,
                             List<Signal> signals) {
}
