package dev.kehu.bench;

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
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongFunction;

/**
 * Profiling past its capacity: risk-assessment submissions as an open loop at three times the
 * submissions/s a short closed loop measured in the same run (or {@code --overload-capacity}). What a
 * service owes its clients there (docs/contract.md): an answer at once, 2xx or 503 with
 * {@code Retry-After}, never a request left to queue into a time-out. Every request sent is counted
 * once, by what came back: 2xx, 503 with Retry-After, another status, or nothing within
 * {@link #GIVE_UP_AFTER} (a time-out or a failed connection: unanswered). Latency is from the
 * scheduled send (no coordinated omission), over every answer whatever its status.
 */
final class OverloadPhase {

    /** Concurrency of the closed loop that measures capacity (where RestPhase finds the most submissions/s). */
    static final int CAPACITY_CONCURRENCY = 16;
    /** How long a request waits for its answer before it counts as unanswered (answers after 2 s already miss). */
    static final Duration GIVE_UP_AFTER = Duration.ofSeconds(10);

    /**
     * What came back, by kind ({@code sent} = ok + shed + other statuses + unanswered); {@code good}: a
     * 2xx or a 503 with Retry-After within the target time.
     */
    record Outcome(long sent, long ok, long shed, Map<String, Long> otherStatuses, Map<String, Long> unanswered,
                   Latencies answers, long late, long good, double seconds) {

        long others() {
            return otherStatuses.values().stream().mapToLong(Long::longValue).sum();
        }

        long unansweredCount() {
            return unanswered.values().stream().mapToLong(Long::longValue).sum();
        }

        /** Only 2xx and 503 with Retry-After, every one within the target, none left unanswered. */
        boolean met() {
            return good == sent;
        }
    }

    private OverloadPhase() {
    }

    static void run(BenchInfra infra, ServiceUnderTest profiling, Options o, Report report) {
        Cores cores = o.splitCores() ? Cores.split() : null;
        if (o.splitCores() && cores == null) {
            throw new IllegalStateException("--split-cores needs two cores or more and taskset");
        }
        if (cores == null) {
            measure(infra, profiling, o, report);
            return;
        }
        report.context("overload cores", "service and PostgreSQL on " + cores.service()
                + ", load generator and broker on " + cores.harness());
        cores.apart(profiling, infra.postgres().port());
        try {
            measure(infra, profiling, o, report);
        } finally {
            cores.together(profiling, infra.postgres().port());
        }
    }

    private static void measure(BenchInfra infra, ServiceUnderTest profiling, Options o, Report report) {
        String token = infra.tokens().token("bench-advisor", "advisor", null);
        String run = "O" + System.nanoTime();
        LongFunction<HttpRequest> submit = i -> RestPhase.submission(profiling, token, run + "-" + i);
        double capacity;
        if (o.overloadCapacity() > 0) {
            capacity = o.overloadCapacity();
            report.add("overload", "capacity (--overload-capacity)", capacity, "req/s");
        } else {
            HttpLoad.closedLoop(submit, 4, o.restStep(), 201); // warm-up: JIT, pools
            HttpLoad.Result closed = HttpLoad.closedLoop(submit, CAPACITY_CONCURRENCY, o.restStep(), 201);
            // successes only: a shed request is cheap and says nothing of how many the service can serve
            long answered = closed.latencies().count();
            capacity = answered == 0 ? 0 : closed.perSecond() * (answered - closed.errors()) / answered;
            report.add("overload", "capacity: 201s/s, closed loop c=" + CAPACITY_CONCURRENCY, capacity, "req/s");
        }
        int rate = (int) Math.max(1, Math.round(Targets.OVERLOAD_FACTOR * capacity));
        Outcome out = openLoop(i -> withTimeout(submit.apply(i)), rate, o.overloadDuration());
        String at = String.format("%.0fx capacity", Targets.OVERLOAD_FACTOR);
        report.add("overload", "offered " + at + " for " + o.overloadDuration().toSeconds() + " s", rate, "req/s");
        report.add("overload", "sent", out.sent(), "req");
        report.add("overload", "2xx", out.ok(), "req");
        report.add("overload", "503 with Retry-After", out.shed(), "req");
        report.add("overload", "other statuses", out.others(), "req");
        out.otherStatuses().forEach((kind, n) -> report.add("overload", "  " + kind, n, "req"));
        report.add("overload", "unanswered (no answer in " + GIVE_UP_AFTER.toSeconds() + " s, or no connection)",
                out.unansweredCount(), "req");
        out.unanswered().forEach((kind, n) -> report.add("overload", "  " + kind, n, "req"));
        report.add("overload", "answer p50", out.answers().percentileMillis(50), "ms");
        report.add("overload", "answer p99", out.answers().percentileMillis(99), "ms");
        report.add("overload", "answer max", out.answers().maxMillis(), "ms");
        report.add("overload", "answers later than " + Targets.OVERLOAD_ANSWER_MS + " ms", out.late(), "req");
        report.add("overload", "2xx or 503 + Retry-After within " + Targets.OVERLOAD_ANSWER_MS + " ms (of sent)",
                out.good(), "req", (double) out.sent(), "all, nothing unanswered", out.met());
    }

    private static HttpRequest withTimeout(HttpRequest request) {
        return HttpRequest.newBuilder(request, (k, v) -> true).timeout(GIVE_UP_AFTER).build();
    }

    /**
     * {@code perSecond} requests a second for {@code duration}, each sent at its scheduled time whatever
     * the earlier ones are doing, on a client of its own (no connection left over from another phase).
     */
    static Outcome openLoop(LongFunction<HttpRequest> requests, int perSecond, Duration duration) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(GIVE_UP_AFTER).build();
        Latencies answers = new Latencies();
        LongAdder ok = new LongAdder();
        LongAdder shed = new LongAdder();
        LongAdder late = new LongAdder();
        LongAdder good = new LongAdder();
        Map<String, LongAdder> other = new ConcurrentHashMap<>();
        Map<String, LongAdder> unanswered = new ConcurrentHashMap<>();
        long lateNanos = Duration.ofMillis(Targets.OVERLOAD_ANSWER_MS).toNanos();
        long total = Math.max(1, Math.round(perSecond * (duration.toMillis() / 1000.0)));
        long interval = 1_000_000_000L / perSecond;
        List<CompletableFuture<?>> inFlight = new ArrayList<>();
        long t0 = System.nanoTime();
        for (long i = 0; i < total; i++) {
            long scheduled = t0 + i * interval;
            long wait = scheduled - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            CompletableFuture<HttpResponse<String>> sent;
            try {
                sent = http.sendAsync(requests.apply(i), HttpResponse.BodyHandlers.ofString());
            } catch (RuntimeException e) {
                sent = CompletableFuture.failedFuture(e); // the client itself refused: still not answered
            }
            inFlight.add(sent.whenComplete((r, e) -> {
                if (e != null) {
                    count(unanswered, kind(e));
                    return;
                }
                long took = System.nanoTime() - scheduled;
                answers.record(took);
                if (took > lateNanos) {
                    late.increment();
                }
                int status = r.statusCode();
                boolean accepted = status >= 200 && status < 300;
                boolean shedding = status == 503 && r.headers().firstValue("Retry-After").isPresent();
                if (took <= lateNanos && (accepted || shedding)) {
                    good.increment();
                }
                if (accepted) {
                    ok.increment();
                } else if (shedding) {
                    shed.increment();
                } else {
                    count(other, "HTTP " + status + (status == 503 ? " without Retry-After" : ""));
                }
            }));
        }
        // every request ends: answered, or failed by its time-out
        CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).exceptionally(e -> null).join();
        double seconds = (System.nanoTime() - t0) / 1e9;
        return new Outcome(total, ok.sum(), shed.sum(), sums(other), sums(unanswered), answers, late.sum(),
                good.sum(), seconds);
    }

    private static String kind(Throwable e) {
        Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
        return cause.getClass().getSimpleName();
    }

    private static void count(Map<String, LongAdder> kinds, String kind) {
        kinds.computeIfAbsent(kind, k -> new LongAdder()).increment();
    }

    private static Map<String, Long> sums(Map<String, LongAdder> kinds) {
        Map<String, Long> sums = new TreeMap<>();
        kinds.forEach((k, v) -> sums.put(k, v.sum()));
        return sums;
    }
}
