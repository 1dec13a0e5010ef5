package dev.kehu.testsupport.traces;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * A test profile with OpenTelemetry's SDK on (it is off by default) and every span recorded in
 * {@link RecordedSpans} instead of sent to a collector.
 */
public class TracesOn implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.otel.sdk.disabled", "false",
                // no collector: the OTLP exporter is not built; RecordedSpans is the only exporter
                "quarkus.otel.exporter.otlp.enabled", "false",
                "quarkus.otel.bsp.schedule.delay", "100ms",
                // makes RecordedSpans (in this library) a bean of the application under test
                "quarkus.index-dependency.kehu-test-support.group-id", "dev.kehu",
                "quarkus.index-dependency.kehu-test-support.artifact-id", "kehu-test-support");
    }
}
