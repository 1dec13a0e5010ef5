package dev.kehu.eventstore.runtime;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.kehu.eventstore.Outbox;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Singleton;

/**
 * The W3C trace context ({@code traceparent}, {@code tracestate}) the outbox stores with each
 * message it writes, so the relay sends it as Kafka headers and the consumer continues the trace.
 * <p>
 * With the OpenTelemetry SDK on ({@code quarkus.otel.sdk.disabled=false}) it is the current span's:
 * the server span of a REST request, or the span a consumer processes a batch in (a child of the
 * first record that carries a context, linked to the others). With the SDK off (the default) no
 * span exists and the ids pass through unchanged: the consumed record's, else the ones the HTTP
 * request came with; nothing is stored when none came in.
 */
@Singleton
public class TraceContext {

    private static final Pattern TRACEPARENT = Pattern.compile("[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}");
    private static final ThreadLocal<Map<String, String>> CONSUMING = new ThreadLocal<>();
    private static final W3CTraceContextPropagator W3C = W3CTraceContextPropagator.getInstance();
    /** The span limit's default: a batch of thousands links to its first 128 distinct contexts. */
    private static final int MAX_LINKS = 128;
    private static final AttributeKey<String> SYSTEM = AttributeKey.stringKey("messaging.system");
    private static final AttributeKey<String> OPERATION = AttributeKey.stringKey("messaging.operation.type");
    private static final AttributeKey<String> GROUP = AttributeKey.stringKey("messaging.consumer.group.name");
    private static final AttributeKey<Long> COUNT = AttributeKey.longKey("messaging.batch.message_count");

    private final boolean spans;
    private final Tracer tracer;

    public TraceContext(OpenTelemetry openTelemetry,
                        @ConfigProperty(name = "quarkus.otel.sdk.disabled", defaultValue = "false") boolean sdkDisabled) {
        this.spans = !sdkDisabled;
        this.tracer = openTelemetry.getTracer("dev.kehu.eventstore");
    }

    /** The current trace context as headers; empty when there is none. */
    public Map<String, String> current() {
        Map<String, String> consuming = CONSUMING.get();
        if (consuming != null) {
            return consuming;
        }
        if (spans && Span.current().getSpanContext().isValid()) {
            Map<String, String> context = new LinkedHashMap<>(2);
            W3C.inject(Context.current(), context, Map::put);
            return context;
        }
        return fromHttpRequest();
    }

    /** Runs the processing of one polled batch of {@code consumer} in its records' trace context. */
    public <T> T consuming(String consumer, List<ConsumerRecord<String, String>> records, Supplier<T> work) {
        return spans ? inSpan(consumer, records, work) : passingThrough(records, work);
    }

    private <T> T inSpan(String consumer, List<ConsumerRecord<String, String>> records, Supplier<T> work) {
        Set<SpanContext> contexts = new LinkedHashSet<>();
        Context parent = null;
        for (ConsumerRecord<String, String> record : records) {
            Context context = W3C.extract(Context.root(), record, RECORD_HEADERS);
            SpanContext span = Span.fromContext(context).getSpanContext();
            if (span.isValid() && contexts.size() <= MAX_LINKS && contexts.add(span) && parent == null) {
                parent = context;
            }
        }
        SpanBuilder builder = tracer.spanBuilder(consumer + " process").setSpanKind(SpanKind.CONSUMER)
                .setAttribute(SYSTEM, "kafka").setAttribute(OPERATION, "process").setAttribute(GROUP, consumer)
                .setAttribute(COUNT, (long) records.size());
        if (parent == null) {
            builder.setNoParent();
        } else {
            builder.setParent(parent);
        }
        contexts.stream().skip(1).forEach(builder::addLink);
        Span span = builder.startSpan();
        try (Scope ignored = span.makeCurrent()) {
            return work.get();
        } catch (RuntimeException e) {
            span.recordException(e);
            span.setStatus(StatusCode.ERROR, e.getClass().getSimpleName());
            throw e;
        } finally {
            span.end();
        }
    }

    /** Without spans: the context of the first record that carries one, as it came. */
    private static <T> T passingThrough(List<ConsumerRecord<String, String>> records, Supplier<T> work) {
        Map<String, String> context = of(records);
        if (context.isEmpty()) {
            return work.get();
        }
        Map<String, String> outer = CONSUMING.get();
        CONSUMING.set(context);
        try {
            return work.get();
        } finally {
            if (outer == null) {
                CONSUMING.remove();
            } else {
                CONSUMING.set(outer);
            }
        }
    }

    private static Map<String, String> fromHttpRequest() {
        ArcContainer arc = Arc.container();
        if (arc == null || !arc.requestContext().isActive()) {
            return Map.of();
        }
        try {
            RoutingContext http = arc.instance(CurrentVertxRequest.class).get().getCurrent();
            return http == null ? Map.of() : of(http.request()::getHeader);
        } catch (RuntimeException e) {
            return Map.of(); // a request context without an HTTP request (a test, a scheduled job)
        }
    }

    /** Reads a valid {@code traceparent} (and its {@code tracestate}) through {@code header}. */
    static Map<String, String> of(Function<String, String> header) {
        String parent = header.apply(Outbox.TRACEPARENT);
        if (parent == null || !TRACEPARENT.matcher(parent).matches()) {
            return Map.of();
        }
        Map<String, String> context = new LinkedHashMap<>();
        context.put(Outbox.TRACEPARENT, parent);
        String state = header.apply(Outbox.TRACESTATE);
        if (state != null && !state.isBlank() && state.length() <= 512) {
            context.put(Outbox.TRACESTATE, state);
        }
        return Map.copyOf(context);
    }

    /** The trace context of the first record of a batch that carries one. */
    static Map<String, String> of(List<ConsumerRecord<String, String>> records) {
        for (ConsumerRecord<String, String> record : records) {
            Map<String, String> context = of(name -> header(record, name));
            if (!context.isEmpty()) {
                return context;
            }
        }
        return Map.of();
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header h = record.headers().lastHeader(name);
        return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    private static final TextMapGetter<ConsumerRecord<String, String>> RECORD_HEADERS = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(ConsumerRecord<String, String> record) {
            return List.of(Outbox.TRACEPARENT, Outbox.TRACESTATE);
        }

        @Override
        public String get(ConsumerRecord<String, String> record, String key) {
            return record == null ? null : header(record, key);
        }
    };
}
