package dev.kehu.profiling;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.kehu.profiling.domain.questionnaire.Band;
import dev.kehu.profiling.domain.questionnaire.RiskCategory;
import dev.kehu.profiling.domain.suitability.SuitabilityResult;
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
        for (String topic : List.of("profiling.questionnaire-completed", "profiling.service-survey-completed",
                "profiling.suitability-checks")) {
            atZero("kehu_events_published_total", "topic", topic);
            atZero("kehu_outbox_parked_total", "topic", topic);
        }
        for (RiskCategory category : RiskCategory.values()) {
            for (Band capacity : Band.values()) {
                for (Band attitude : Band.values()) {
                    atZero("kehu_assessments_completed_total", "category", category.name(), "capacity_band",
                            capacity.name(), "attitude_band", attitude.name());
                }
            }
        }
        for (SuitabilityResult result : SuitabilityResult.values()) {
            atZero("kehu_suitability_checks_total", "result", result.name());
        }
        assertEquals(0, series("kehu_events_consumed_total"), "it consumes nothing");
        assertEquals(List.of(), wrong);
    }
}
