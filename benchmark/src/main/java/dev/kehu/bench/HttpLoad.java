package dev.kehu.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;

/** HTTP load: closed loop at a fixed concurrency, or open loop at a fixed rate. */
final class HttpLoad {

    record Result(double perSecond, Latencies latencies, long errors) {
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private HttpLoad() {
    }

    /** {@code concurrency} callers, each sending the next request when the last one answered. */
    static Result closedLoop(LongFunction<HttpRequest> requests, int concurrency, Duration duration, int expectedStatus) {
        Latencies latencies = new Latencies();
        AtomicLong sequence = new AtomicLong();
        AtomicLong errors = new AtomicLong();
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
                            errors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
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
        return new Result(latencies.count() / seconds, latencies, errors.get());
    }

    /**
     * Requests started on a fixed schedule whatever the answers do; latency counts from the
     * scheduled start, so a stall shows up instead of hiding (no coordinated omission).
     */
    static Result openLoop(LongFunction<HttpRequest> requests, int perSecond, Duration duration, int expectedStatus) {
        Latencies latencies = new Latencies();
        AtomicLong errors = new AtomicLong();
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
                        if (e != null || r.statusCode() != expectedStatus) {
                            errors.incrementAndGet();
                        }
                    }));
        }
        CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).exceptionally(e -> null).join();
        double seconds = (System.nanoTime() - t0) / 1e9;
        return new Result(latencies.count() / seconds, latencies, errors.get());
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
