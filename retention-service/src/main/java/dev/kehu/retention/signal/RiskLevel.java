package dev.kehu.retention.signal;

/** The band a risk score falls in. */
public enum RiskLevel {
    LOW, MEDIUM, HIGH, CRITICAL
}
