package dev.kehu.bench;

import java.net.http.HttpRequest;
import java.util.function.LongFunction;

/** Profiling: risk-assessment submissions at rising concurrency, against /q/health/live of the same service. */
final class RestPhase {

    static final String ANSWERS = "{\"answers\":{\"age\":38,\"employment\":\"STABLE_INCOME\",\"familyBurden\":"
            + "\"DUAL_INCOME_WITH_CHILDREN\",\"housing\":\"MORTGAGE_UNDER_HALF\",\"investmentExperience\":\"YEARS_2_TO_5\","
            + "\"investmentKnowledge\":\"AVERAGE\",\"maxLossPercent\":12,\"investmentPriority\":\"BEAT_INFLATION\","
            + "\"stopLoss\":\"EXECUTES_STOP\",\"lossReaction\":\"AFFECTS_MOOD\",\"marketWatching\":\"WEEKLY\","
            + "\"performanceControl\":\"PARTIAL_CONTROL\"}}";

    private static final int[] CONCURRENCY = {1, 4, 16, 64};

    private RestPhase() {
    }

    /** A risk-assessment submission of {@link #ANSWERS} for the client. */
    static HttpRequest submission(ServiceUnderTest profiling, String token, String clientId) {
        return HttpLoad.post(profiling.url("/api/v1/clients/" + clientId + "/risk-assessments"), token, ANSWERS);
    }

    static void run(BenchInfra infra, ServiceUnderTest profiling, Options o, Report report, RssSampler rss) {
        String token = infra.tokens().token("bench-advisor", "advisor", null);
        rss.watch(profiling);
        long[] run = {0};
        LongFunction<HttpRequest> submit = i -> submission(profiling, token, "B" + run[0] + "-" + i);
        LongFunction<HttpRequest> live = i -> HttpLoad.get(profiling.url("/q/health/live"), null);
        HttpLoad.closedLoop(submit, 4, o.restStep(), 201); // warm-up: JIT, pools
        for (int c : CONCURRENCY) {
            run[0]++;
            HttpLoad.Result ceiling = HttpLoad.closedLoop(live, c, o.restStep(), 200);
            HttpLoad.Result r = HttpLoad.closedLoop(submit, c, o.restStep(), 201);
            String at = "c=" + c;
            report.add("rest", "submissions/s " + at + " (vs /q/health/live)", r.perSecond(), "req/s", ceiling.perSecond(), null, null);
            report.add("rest", "submission p50 / p99 / p99.9 " + at,
                    r.latencies().percentileMillis(50), "ms");
            report.add("rest", "  p99 " + at, r.latencies().percentileMillis(99), "ms");
            report.add("rest", "  p99.9 " + at, r.latencies().percentileMillis(99.9), "ms");
            if (r.errors() > 0) {
                r.errorKinds().forEach((kind, n) -> report.add("rest", "  errors " + at + ": " + kind, n, "req"));
            }
        }
        run[0]++;
        HttpLoad.Result open = HttpLoad.openLoop(submit, o.restRate(), o.restStep().multipliedBy(2), 201);
        double p99 = open.latencies().percentileMillis(99);
        report.add("rest", "open loop " + o.restRate() + " req/s: p50", open.latencies().percentileMillis(50), "ms");
        report.add("rest", "open loop " + o.restRate() + " req/s: p99", p99, "ms", null,
                Targets.below(Targets.SUBMISSION_P99_MS, "ms at " + Targets.SUBMISSION_RATE + " req/s"),
                o.restRate() >= Targets.SUBMISSION_RATE ? p99 < Targets.SUBMISSION_P99_MS && open.errors() == 0 : null);
        report.add("rest", "open loop " + o.restRate() + " req/s: p99.9", open.latencies().percentileMillis(99.9), "ms");
        report.add("rest", "open loop errors", open.errors(), "req");
        open.errorKinds().forEach((kind, n) -> report.add("rest", "  open loop errors: " + kind, n, "req"));
        report.add("rest", "profiling RSS peak under load", rss.peak(profiling), "MiB");
    }
}
