package dev.kehu.retention;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.kehu.retention.domain.signal.RiskLevel;
import dev.kehu.retention.domain.signal.TaskPriority;
import dev.kehu.retention.domain.task.Codes;
import dev.kehu.testsupport.KafkaAndPostgresResource;
import dev.kehu.testsupport.PrometheusText;
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
            return Map.of("kehu.eventstore.relay.enabled", "false",
                    "mp.messaging.incoming.segments.group.id", "retention-metrics-test",
                    "mp.messaging.incoming.segments.auto.offset.reset", "latest",
                    "mp.messaging.incoming.balances.group.id", "retention-metrics-test",
                    "mp.messaging.incoming.balances.auto.offset.reset", "latest",
                    "mp.messaging.incoming.account-events.group.id", "retention-metrics-test",
                    "mp.messaging.incoming.account-events.auto.offset.reset", "latest",
                    "mp.messaging.incoming.surveys.group.id", "retention-metrics-test",
                    "mp.messaging.incoming.surveys.auto.offset.reset", "latest");
        }
    }

    private final List<String> wrong = new ArrayList<>();
    private PrometheusText metrics;

    /** Notes a series that is missing or not at 0. */
    private void atZero(String name, String... labels) {
        List<PrometheusText.Sample> found = metrics.samples().stream().filter(s -> s.name().equals(name))
                .filter(s -> {
                    for (int i = 0; i + 1 < labels.length; i += 2) {
                        if (!labels[i + 1].equals(s.labels().get(labels[i]))) {
                            return false;
                        }
                    }
                    return true;
                }).toList();
        if (found.size() != 1 || found.get(0).value() != 0) {
            wrong.add(name + List.of(labels) + " " + found);
        }
    }

    private long series(String name) {
        return metrics.samples().stream().filter(s -> s.name().equals(name)).count();
    }

    @Test
    void everyCounterIsAtZeroForEachKnownLabelValueBeforeAnyEvent() {
        metrics = PrometheusText.parse(given().header("Authorization", "none").when().get("/q/metrics").then()
                .statusCode(200).extract().asString());
        for (String topic : List.of("segmentation.segment-changed", "backoffice.balances", "backoffice.account-events",
                "profiling.service-survey-completed")) {
            atZero("kehu_events_consumed_total", "topic", topic);
            atZero("kehu_events_deduplicated_total", "topic", topic);
            atZero("kehu_dead_letters_total", "topic", topic);
            atZero("kehu_events_published_total", "topic", topic + ".dlq");
            atZero("kehu_outbox_parked_total", "topic", topic + ".dlq");
        }
        for (String topic : List.of("retention.churn-alerts", "retention.task-events")) {
            atZero("kehu_events_published_total", "topic", topic);
            atZero("kehu_outbox_parked_total", "topic", topic);
        }
        for (RiskLevel level : RiskLevel.values()) {
            atZero("kehu_churn_alerts_total", "level", level.name());
        }
        for (TaskPriority priority : TaskPriority.values()) {
            atZero("kehu_retention_tasks_opened_total", "priority", priority.name());
        }
        for (Codes.Outcome outcome : Codes.Outcome.values()) {
            atZero("kehu_retention_tasks_closed_total", "outcome", outcome.name());
        }
        assertEquals(List.of(), wrong);
    }
}
