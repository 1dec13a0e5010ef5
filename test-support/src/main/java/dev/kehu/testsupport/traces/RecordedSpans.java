package dev.kehu.testsupport.traces;

import java.util.Collection;
import java.util.List;

import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import jakarta.inject.Singleton;

/**
 * The spans a service under test ends, kept in memory: a CDI {@link SpanExporter}, which Quarkus's
 * OpenTelemetry exporter {@code cdi} (its default) picks up. A bean only under {@link TracesOn}.
 */
@Singleton
public class RecordedSpans implements SpanExporter {

    private final InMemorySpanExporter memory = InMemorySpanExporter.create();

    /** Every span exported so far, in the order they ended. */
    public List<SpanData> all() {
        return memory.getFinishedSpanItems();
    }

    /** The exported spans of one trace. */
    public List<SpanData> ofTrace(String traceId) {
        return all().stream().filter(s -> s.getTraceId().equals(traceId)).toList();
    }

    /** The trace id of a W3C {@code traceparent} ({@code 00-<trace id>-<parent span id>-<flags>}). */
    public static String traceId(String traceparent) {
        return traceparent.split("-")[1];
    }

    /** The parent span id of a W3C {@code traceparent}. */
    public static String spanId(String traceparent) {
        return traceparent.split("-")[2];
    }

    @Override
    public CompletableResultCode export(Collection<SpanData> spans) {
        return memory.export(spans);
    }

    @Override
    public CompletableResultCode flush() {
        return memory.flush();
    }

    @Override
    public CompletableResultCode shutdown() {
        return CompletableResultCode.ofSuccess(); // the application's restart must not stop a later test's recording
    }
}
