package dev.kehu.retention.domain.signal;

/** The band a risk score falls in. */
public enum RiskLevel {
    LOW, MEDIUM, HIGH, CRITICAL
}
