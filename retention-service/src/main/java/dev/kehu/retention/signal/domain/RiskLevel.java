package dev.kehu.retention.signal.domain;

/** The band a risk score falls in. */
public enum RiskLevel {
    LOW, MEDIUM, HIGH, CRITICAL
}
