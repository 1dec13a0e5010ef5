package dev.kehu.eventstore.runtime;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** What a service would declare: a topic it publishes and the churn-alert levels (MetricsAndReadinessTest). */
public class TestKnownLabels {

    static final String PUBLISHED = "test.metrics.declared-out";

    @Produces
    @Singleton
    KnownLabels known() {
        return KnownLabels.publishing(PUBLISHED).counting("retention.churn-alert.raised.v1",
                KnownLabels.combinations(Map.of("level", List.of("LOW", "MEDIUM", "HIGH", "CRITICAL"))));
    }
}
