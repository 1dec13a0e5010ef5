package dev.kehu.eventstore.runtime;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.load.shedding.runtime.LoadSheddingRuntimeConfig;
import io.quarkus.load.shedding.runtime.OverloadDetector;
import io.quarkus.load.shedding.runtime.PriorityLoadShedding;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

/**
 * The first handlers of every HTTP request (docs/contract.md "Overload and outages"):
 * <ul>
 * <li>load shedding: past the concurrency limit of quarkus-load-shedding's detector (TCP Vegas, between 1
 *     and {@code quarkus.load-shedding.max-limit}), a request is answered at once with 503
 *     problem+json and {@code Retry-After} instead of queueing into a client's time-out. The extension's
 *     own handler (excluded in the library's defaults) answers a bare 503 without either, and may shed
 *     health probes; here nothing under the management root ({@code /q/health}, {@code /q/metrics}) is
 *     shed or counted;</li>
 * <li>{@code /q/metrics} answers 404 unless {@code kehu.metrics.enabled}.</li>
 * </ul>
 * Every admitted request is counted out exactly once: when its response ends, or, should another
 * component have taken the response's end or close handler from the router, when a sweep once a second
 * finds it ended or its connection closed. A request counted in and never out would hold capacity for
 * good, and with the limit brought down to 1 shed everything after it.
 */
@Singleton
public class HttpGuards {

    /** Before every other route, as the extension's handler would be. */
    static final int ORDER = -1_000_000_000;
    private static final long SWEEP_MILLIS = 1000;

    private record InFlight(HttpServerResponse response, long start, AtomicBoolean done) {
    }

    private final Set<InFlight> inFlight = ConcurrentHashMap.newKeySet();

    void routes(@Observes @Priority(-1_000_000_000) Router router, OverloadDetector detector,
                PriorityLoadShedding priority, LoadSheddingRuntimeConfig shedding, HttpConfig http,
                MetricsConfig metrics, Vertx vertx,
                @ConfigProperty(name = "quarkus.http.non-application-root-path", defaultValue = "q") String root) {
        String management = "/" + root.replaceAll("^/+|/+$", "") + "/";
        String metricsPath = management + "metrics";
        router.route().order(ORDER - 1).handler(ctx -> {
            String path = ctx.normalizedPath();
            if (!metrics.enabled() && (path.equals(metricsPath) || path.startsWith(metricsPath + "/"))) {
                problem(ctx, 404, "Not found", "metrics are not served here (kehu.metrics.enabled)", null);
                return;
            }
            ctx.next();
        });
        if (!shedding.enabled()) {
            return;
        }
        router.route().order(ORDER).handler(ctx -> {
            if (ctx.normalizedPath().startsWith(management)) {
                ctx.next(); // probes and scrapes: never shed, never counted
                return;
            }
            if (inFlight.size() >= http.minLimit() && detector.isOverloaded()
                    && (!shedding.priority().enabled() || priority.shedLoad(ctx))) {
                problem(ctx, 503, "Service Unavailable", "the service is at capacity; retry after "
                        + http.retryAfterSeconds() + " s", http.retryAfterSeconds());
                return;
            }
            detector.requestBegin();
            InFlight request = new InFlight(ctx.response(), System.nanoTime(), new AtomicBoolean());
            inFlight.add(request);
            ctx.addEndHandler(ignored -> countOut(detector, request));
            ctx.next();
        });
        vertx.setPeriodic(SWEEP_MILLIS, id -> inFlight.forEach(request -> {
            if (request.response().ended() || request.response().closed()) {
                countOut(detector, request);
            }
        }));
    }

    private void countOut(OverloadDetector detector, InFlight request) {
        if (request.done().compareAndSet(false, true)) {
            inFlight.remove(request);
            detector.requestEnd((System.nanoTime() - request.start()) / 1_000);
        }
    }

    private static void problem(RoutingContext ctx, int status, String title, String detail, String retryAfter) {
        String given = ctx.request().getHeader(CurrentRequest.CORRELATION_HEADER);
        String correlation = given != null && given.matches("[A-Za-z0-9._:-]{1,100}") ? given
                : UUID.randomUUID().toString();
        JsonObject body = new JsonObject().put("type", "about:blank").put("title", title).put("status", status)
                .put("detail", detail).put("instance", ctx.normalizedPath()).put("correlationId", correlation);
        var response = ctx.response().setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json")
                .putHeader(CurrentRequest.CORRELATION_HEADER, correlation);
        if (retryAfter != null) {
            response.putHeader("Retry-After", retryAfter);
        }
        response.end(body.encode());
    }
}
