package dev.kehu.retention.config;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

import dev.kehu.retention.signal.domain.ChurnRules;
import dev.kehu.retention.signal.domain.SignalKind;
import dev.kehu.retention.signal.domain.TaskPriority;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The configured numbers as the pure {@link ChurnRules} value the domain code takes. */
public class RulesProducer {

    @Produces
    @Singleton
    ChurnRules rules(RetentionConfig config) {
        return from(config);
    }

    public static ChurnRules from(RetentionConfig c) {
        Map<SignalKind, Integer> w = new EnumMap<>(SignalKind.class);
        w.put(SignalKind.TRANSFER_OUT_REQUESTED, c.weights().transferOutRequested());
        w.put(SignalKind.CLOSURE_REQUESTED, c.weights().closureRequested());
        w.put(SignalKind.ASSET_OUTFLOW, c.weights().assetOutflow());
        w.put(SignalKind.LARGE_WITHDRAWAL, c.weights().largeWithdrawal());
        w.put(SignalKind.SEGMENT_DOWNGRADE, c.weights().segmentDowngrade());
        w.put(SignalKind.COMPLAINT, c.weights().complaint());
        w.put(SignalKind.SERVICE_SHORTFALL, c.weights().serviceShortfall());
        Map<TaskPriority, Integer> due = new EnumMap<>(TaskPriority.class);
        due.put(TaskPriority.P1, c.due().p1Days());
        due.put(TaskPriority.P2, c.due().p2Days());
        due.put(TaskPriority.P3, c.due().p3Days());
        return new ChurnRules(w, c.thresholds().alertScore(), c.thresholds().outflowFraction(),
                c.thresholds().withdrawalFraction(), c.thresholds().shortfallGap(), Duration.ofDays(c.windowDays()),
                c.scoreCap(), c.levels().medium(), c.levels().high(), c.levels().critical(), due, c.tradingZone(),
                c.tradingClose());
    }
}
