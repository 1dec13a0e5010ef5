package dev.kehu.retention.domain.signal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The numbers of docs/domain.md#churn-signals to #task-priority in one immutable value, so the pure
 * domain code needs no container: weights, thresholds, the risk window, the level cut-offs, the due
 * days and the trading zone.
 */
public record ChurnRules(Map<SignalKind, Integer> weights, int alertScore, BigDecimal outflowFraction,
                         BigDecimal withdrawalFraction, BigDecimal shortfallGap, Duration window, int scoreCap,
                         int mediumFrom, int highFrom, int criticalFrom, Map<TaskPriority, Integer> dueDays,
                         ZoneId tradingZone, LocalTime tradingClose) {

    public ChurnRules {
        weights = Map.copyOf(weights);
        dueDays = Map.copyOf(dueDays);
    }

    /** The same rules with another weight set in force (docs/domain.md#learned-weights). */
    public ChurnRules withWeights(Map<SignalKind, Integer> inForce) {
        return new ChurnRules(inForce, alertScore, outflowFraction, withdrawalFraction, shortfallGap, window, scoreCap,
                mediumFrom, highFrom, criticalFrom, dueDays, tradingZone, tradingClose);
    }

    public int weight(SignalKind kind) {
        return weights.get(kind);
    }

    /** A signal counts while it is younger than the window: {@code asOf - window < occurredAt <= asOf}. */
    public boolean inWindow(Instant occurredAt, Instant asOf) {
        return occurredAt.isAfter(asOf.minus(window)) && !occurredAt.isAfter(asOf);
    }

    /** The risk at {@code asOf}: the sum of the window's signal weights, capped. */
    public RiskAssessment assess(List<Signal> signals, Instant asOf) {
        List<Signal> counted = signals.stream().filter(s -> inWindow(s.occurredAt(), asOf))
                .sorted(Comparator.comparing(Signal::occurredAt).thenComparing(Signal::signalId)).toList();
        int sum = counted.stream().mapToInt(Signal::weight).sum();
        int score = Math.min(sum, scoreCap);
        return new RiskAssessment(score, level(score), asOf, asOf.minus(window), counted);
    }

    public RiskLevel level(int score) {
        if (score >= criticalFrom) {
            return RiskLevel.CRITICAL;
        }
        if (score >= highFrom) {
            return RiskLevel.HIGH;
        }
        return score >= mediumFrom ? RiskLevel.MEDIUM : RiskLevel.LOW;
    }

    public Duration dueIn(TaskPriority priority) {
        return Duration.ofDays(dueDays.get(priority));
    }

    /** The trading day (in the exchange's zone) an instant falls on. */
    public LocalDate tradingDay(Instant at) {
        return at.atZone(tradingZone).toLocalDate();
    }

    /** The first instant of a trading day. */
    public Instant startOf(LocalDate day) {
        return day.atStartOfDay(tradingZone).toInstant();
    }

    /** The event time of a balance: the close of its trading day in the exchange's zone. */
    public Instant balanceTime(LocalDate asOf) {
        return asOf.atTime(tradingClose).atZone(tradingZone).toInstant();
    }
}
