package dev.kehu.profiling;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.kehu.profiling.domain.questionnaire.Band;
import dev.kehu.profiling.domain.questionnaire.RiskCategory;
import dev.kehu.profiling.domain.suitability.SuitabilityResult;
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
 * (its own profile) and kept idle: no relay, and it consumes nothing.
 */
@QuarkusTest
@TestProfile(MetricsFromStartTest.Idle.class)
@QuarkusTestResource(value = KafkaAndPostgresResource.class,
        initArgs = @ResourceArg(name = "database", value = "profiling"))
class MetricsFromStartTest {

    public static class Idle implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("kehu.eventstore.relay.enabled", "false");
        }
    }

    @Test
    void everyCounterIsAtZeroForEachKnownLabelValueBeforeAnyEvent() {
        CountersAtZero metrics = CountersAtZero.scrape();
        metrics.publishing(List.of("profiling.questionnaire-completed", "profiling.service-survey-completed",
                "profiling.suitability-checks", "profiling.client-needs"));
        for (RiskCategory category : RiskCategory.values()) {
            for (Band capacity : Band.values()) {
                for (Band attitude : Band.values()) {
                    metrics.atZero("kehu_assessments_completed_total", "category", category.name(), "capacity_band",
                            capacity.name(), "attitude_band", attitude.name());
                }
            }
        }
        for (SuitabilityResult result : SuitabilityResult.values()) {
            metrics.atZero("kehu_suitability_checks_total", "result", result.name());
        }
        assertEquals(0, metrics.series("kehu_events_consumed_total"), "it consumes nothing");
        assertEquals(List.of(), metrics.wrong());
    }
}
