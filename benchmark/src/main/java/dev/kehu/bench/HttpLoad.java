package dev.kehu.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongFunction;

/** HTTP load: closed loop at a fixed concurrency, or open loop at a fixed rate. */
final class HttpLoad {

    /** {@code errorKinds}: each kind of failure ("HTTP 503", "HttpTimeoutException") and how often it came. */
    record Result(double perSecond, Latencies latencies, Map<String, Long> errorKinds) {
        long errors() {
            return errorKinds.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** Failures tallied by kind, so a miss can say what failed, not only how often. */
    private static final class Failures {
        private final Map<String, LongAdder> kinds = new ConcurrentHashMap<>();

        void status(int status) {
            add("HTTP " + status);
        }

        void exception(Throwable e) {
            Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
            add(cause.getClass().getSimpleName());
        }

        private void add(String kind) {
            kinds.computeIfAbsent(kind, k -> new LongAdder()).increment();
        }

        Map<String, Long> counts() {
            Map<String, Long> counts = new TreeMap<>();
            kinds.forEach((k, v) -> counts.put(k, v.sum()));
            return counts;
        }
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private HttpLoad() {
    }

    /** {@code concurrency} callers, each sending the next request when the last one answered. */
    static Result closedLoop(LongFunction<HttpRequest> requests, int concurrency, Duration duration, int expectedStatus) {
        Latencies latencies = new Latencies();
        AtomicLong sequence = new AtomicLong();
        Failures errors = new Failures();
        long end = System.nanoTime() + duration.toNanos();
        List<Thread> callers = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int i = 0; i < concurrency; i++) {
            Thread t = new Thread(() -> {
                while (System.nanoTime() < end) {
                    long start = System.nanoTime();
                    try {
                        HttpResponse<String> r = HTTP.send(requests.apply(sequence.getAndIncrement()),
                                HttpResponse.BodyHandlers.ofString());
                        if (r.statusCode() != expectedStatus) {
                            errors.status(r.statusCode());
                        }
                    } catch (Exception e) {
                        errors.exception(e);
                    }
                    latencies.record(System.nanoTime() - start);
                }
            });
            t.start();
            callers.add(t);
        }
        for (Thread t : callers) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        return new Result(latencies.count() / seconds, latencies, errors.counts());
    }

    /**
     * Requests started on a fixed schedule whatever the answers do; latency counts from the
     * scheduled start, so a stall shows up instead of hiding (no coordinated omission).
     */
    static Result openLoop(LongFunction<HttpRequest> requests, int perSecond, Duration duration, int expectedStatus) {
        Latencies latencies = new Latencies();
        Failures errors = new Failures();
        long total = perSecond * duration.toSeconds();
        long interval = 1_000_000_000L / perSecond;
        long t0 = System.nanoTime();
        List<CompletableFuture<?>> inFlight = new ArrayList<>();
        for (long i = 0; i < total; i++) {
            long scheduled = t0 + i * interval;
            long wait = scheduled - System.nanoTime();
            if (wait > 0) {
                java.util.concurrent.locks.LockSupport.parkNanos(wait);
            }
            inFlight.add(HTTP.sendAsync(requests.apply(i), HttpResponse.BodyHandlers.ofString())
                    .whenComplete((r, e) -> {
                        latencies.record(System.nanoTime() - scheduled);
                        if (e != null) {
                            errors.exception(e);
                        } else if (r.statusCode() != expectedStatus) {
                            errors.status(r.statusCode());
                        }
                    }));
        }
        CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).exceptionally(e -> null).join();
        double seconds = (System.nanoTime() - t0) / 1e9;
        return new Result(latencies.count() / seconds, latencies, errors.counts());
    }

    static HttpRequest get(String url, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET();
        return token == null ? b.build() : b.header("Authorization", "Bearer " + token).build();
    }

    static HttpRequest post(String url, String token, String json) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(request.uri() + ": " + e.getMessage(), e);
        }
    }
}
