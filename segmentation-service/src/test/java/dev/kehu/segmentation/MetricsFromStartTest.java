package dev.kehu.segmentation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.kehu.segmentation.domain.segment.Segment;
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

    @Test
    void everyCounterIsAtZeroForEachKnownLabelValueBeforeAnyEvent() {
        CountersAtZero metrics = CountersAtZero.scrape();
        metrics.consuming(List.of("backoffice.trades", "backoffice.balances"));
        metrics.publishing(List.of("segmentation.segment-changed"));
        for (Segment to : Segment.values()) {
            metrics.atZero("kehu_segment_changes_total", "from", "NONE", "to", to.name());
            for (Segment from : Segment.values()) {
                if (from != to) {
                    metrics.atZero("kehu_segment_changes_total", "from", from.name(), "to", to.name());
                }
            }
        }
        assertEquals(81, metrics.series("kehu_segment_changes_total"), "first classifications and moves between 9 segments");
        assertEquals(List.of(), metrics.wrong());
    }
}
