package dev.kehu.segmentation;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.kehu.segmentation.domain.segment.Segment;
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
 * (its own profile) and kept idle: no relay, a consumer group of its own that starts at the end of the feeds.
 */
@QuarkusTest
@TestProfile(MetricsFromStartTest.Idle.class)
@QuarkusTestResource(value = KafkaAndPostgresResource.class,
        initArgs = @ResourceArg(name = "database", value = "segmentation"))
class MetricsFromStartTest {

    public static class Idle implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("kehu.eventstore.relay.enabled", "false",
                    "mp.messaging.incoming.feed.group.id", "segmentation-metrics-test",
                    "mp.messaging.incoming.feed.auto.offset.reset", "latest");
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
        for (String topic : List.of("backoffice.trades", "backoffice.balances")) {
            atZero("kehu_events_consumed_total", "topic", topic);
            atZero("kehu_events_deduplicated_total", "topic", topic);
            atZero("kehu_dead_letters_total", "topic", topic);
            atZero("kehu_events_published_total", "topic", topic + ".dlq");
            atZero("kehu_outbox_parked_total", "topic", topic + ".dlq");
        }
        for (String topic : List.of("segmentation.segment-changed")) {
            atZero("kehu_events_published_total", "topic", topic);
            atZero("kehu_outbox_parked_total", "topic", topic);
        }
        for (Segment to : Segment.values()) {
            atZero("kehu_segment_changes_total", "from", "NONE", "to", to.name());
            for (Segment from : Segment.values()) {
                if (from != to) {
                    atZero("kehu_segment_changes_total", "from", from.name(), "to", to.name());
                }
            }
        }
        assertEquals(81, series("kehu_segment_changes_total"), "first classifications and moves between 9 segments");
        assertEquals(List.of(), wrong);
    }
}
