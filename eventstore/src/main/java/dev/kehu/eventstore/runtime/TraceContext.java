package dev.kehu.eventstore.runtime;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import dev.kehu.eventstore.Outbox;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;

/**
 * The W3C trace context ({@code traceparent}, {@code tracestate}) the outbox stores with each
 * message it writes, so the relay sends it as Kafka headers and the consumer continues the trace:
 * the context of the record a consumer is processing, else the one the HTTP request came with.
 * A pass-through: the ids travel unchanged from the request through every service's outbox.
 */
public final class TraceContext {

    private static final Pattern TRACEPARENT = Pattern.compile("[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}");
    private static final ThreadLocal<Map<String, String>> CONSUMING = new ThreadLocal<>();

    private TraceContext() {
    }

    /** The current trace context as headers; empty when there is none. */
    public static Map<String, String> current() {
        Map<String, String> consuming = CONSUMING.get();
        if (consuming != null) {
            return consuming;
        }
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
            Map<String, String> context = of(name -> {
                Header h = record.headers().lastHeader(name);
                return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
            });
            if (!context.isEmpty()) {
                return context;
            }
        }
        return Map.of();
    }

    /** Runs the processing of consumed records in their trace context. */
    static <T> T consuming(List<ConsumerRecord<String, String>> records, java.util.function.Supplier<T> work) {
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
}
