package dev.kehu.retention.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.kehu.retention.domain.nextaction.NextActionRules;
import dev.kehu.retention.domain.plan.ServicePlans;
import dev.kehu.retention.domain.reminder.ReminderRules;
import dev.kehu.retention.domain.signal.ChurnRules;
import dev.kehu.retention.domain.signal.SignalKind;
import dev.kehu.retention.domain.signal.TaskPriority;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * The configured numbers as the pure {@link ChurnRules} value the domain code takes, and the versioned data
 * files: service plans, reminder rules, next-action rules.
 */
public class RulesProducer {

    @Produces
    @Singleton
    ChurnRules rules(RetentionConfig config) {
        return from(config);
    }

    @Produces
    @Singleton
    ServicePlans plans(RetentionConfig config) {
        return servicePlans(config.servicePlansVersion());
    }

    @Produces
    @Singleton
    ReminderRules reminderRules(RetentionConfig config) {
        return reminderRules(config.reminderRulesVersion());
    }

    @Produces
    @Singleton
    NextActionRules nextActionRules(RetentionConfig config) {
        return nextActionRules(config.nextActionRulesVersion());
    }

    /** The service plans of a data version, from the built-in resources. */
    public static ServicePlans servicePlans(String version) {
        return data("plans/service-plans-", version, ServicePlans.class);
    }

    /** The reminder rules of a data version (docs/domain.md#reminders). */
    public static ReminderRules reminderRules(String version) {
        return data("reminders/reminder-rules-", version, ReminderRules.class);
    }

    /** The next actions' ranking data of a version (docs/domain.md#next-actions). */
    public static NextActionRules nextActionRules(String version) {
        return data("nextactions/next-action-rules-", version, NextActionRules.class);
    }

    private static <T> T data(String prefix, String version, Class<T> type) {
        if (!version.matches("[A-Za-z0-9._-]{1,40}")) {
            throw new IllegalArgumentException("not a data version: " + version);
        }
        String file = prefix + version + ".json";
        try (InputStream in = RulesProducer.class.getClassLoader().getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("no data file " + file);
            }
            return new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read data file " + file, e);
        }
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
        w.put(SignalKind.NEGLECT, c.weights().neglect());
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
