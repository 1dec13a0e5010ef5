package dev.kehu.retention.client;

import java.util.List;
import java.util.Map;

import dev.kehu.eventstore.runtime.KnownLabels;
import dev.kehu.retention.domain.signal.RiskLevel;
import dev.kehu.retention.domain.signal.TaskPriority;
import dev.kehu.retention.domain.task.Codes;
import dev.kehu.retention.task.TaskMessages;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * The label values of the counters this service moves, so each series is at 0 from start-up (the
 * consumed topics come from the channels' configuration): the topics it publishes, churn alerts by
 * risk level, tasks opened by priority and closed by outcome.
 */
public class RetentionMetricLabels {

    @Produces
    @Singleton
    KnownLabels known() {
        return KnownLabels.publishing(AlertMessages.ALERTS_TOPIC, TaskMessages.TASKS_TOPIC)
                .counting(AlertMessages.ALERT_TYPE, KnownLabels.combinations(Map.of("level", List.of(RiskLevel.values()))))
                .counting(TaskMessages.OPENED_TYPE,
                        KnownLabels.combinations(Map.of("priority", List.of(TaskPriority.values()))))
                .counting(TaskMessages.CLOSED_TYPE,
                        KnownLabels.combinations(Map.of("outcome", List.of(Codes.Outcome.values()))));
    }
}
