package dev.kehu.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.kehu.retention.domain.signal.RiskLevel;
import dev.kehu.retention.domain.signal.TaskPriority;
import dev.kehu.retention.domain.task.Codes;
import dev.kehu.testsupport.KafkaAndPostgresResource;
import dev.kehu.testsupport.CountersAtZero;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * A fresh service shows every counter on /q/metrics at 0 for each label value it knows, before any
 * event: a dashboard and a rate() alert see 0, not a missing series. The service is started anew
 * (its own profile) and kept idle: no relay, consumer groups of its own that start at the end of their topics.
 */
@QuarkusTest
@TestProfile(MetricsFromStartTest.Idle.class)
@QuarkusTestResource(value = KafkaAndPostgresResource.class,
        initArgs = @ResourceArg(name = "database", value = "retention"))
class MetricsFromStartTest {

    public static class Idle implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.ofEntries(Map.entry("kehu.eventstore.relay.enabled", "false"),
                    Map.entry("mp.messaging.incoming.segments.group.id", "retention-metrics-test"),
                    Map.entry("mp.messaging.incoming.segments.auto.offset.reset", "latest"),
                    Map.entry("mp.messaging.incoming.balances.group.id", "retention-metrics-test"),
                    Map.entry("mp.messaging.incoming.balances.auto.offset.reset", "latest"),
                    Map.entry("mp.messaging.incoming.account-events.group.id", "retention-metrics-test"),
                    Map.entry("mp.messaging.incoming.account-events.auto.offset.reset", "latest"),
                    Map.entry("mp.messaging.incoming.surveys.group.id", "retention-metrics-test"),
                    Map.entry("mp.messaging.incoming.surveys.auto.offset.reset", "latest"),
                    Map.entry("mp.messaging.incoming.client-needs.group.id", "retention-metrics-test"),
                    Map.entry("mp.messaging.incoming.client-needs.auto.offset.reset", "latest"),
                    Map.entry("mp.messaging.incoming.questionnaires.group.id", "retention-metrics-test"),
                    Map.entry("mp.messaging.incoming.questionnaires.auto.offset.reset", "latest"));
        }
    }

    @Test
    void everyCounterIsAtZeroForEachKnownLabelValueBeforeAnyEvent() {
        CountersAtZero metrics = CountersAtZero.scrape();
        metrics.consuming(List.of("segmentation.segment-changed", "backoffice.balances", "backoffice.account-events",
                "profiling.service-survey-completed", "profiling.client-needs", "profiling.questionnaire-completed"));
        metrics.publishing(List.of("retention.churn-alerts", "retention.task-events"));
        for (RiskLevel level : RiskLevel.values()) {
            metrics.atZero("kehu_churn_alerts_total", "level", level.name());
        }
        for (TaskPriority priority : TaskPriority.values()) {
            metrics.atZero("kehu_retention_tasks_opened_total", "priority", priority.name());
        }
        for (Codes.Outcome outcome : Codes.Outcome.values()) {
            metrics.atZero("kehu_retention_tasks_closed_total", "outcome", outcome.name());
        }
        assertEquals(List.of(), metrics.wrong());
    }
}
