package dev.kehu.bench;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Rebuilds every read model of a service from its event store, in one pass over the log, through
 * the admin endpoint; the rate is log events replayed per second of the rebuild.
 */
final class ReplayPhase {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ReplayPhase() {
    }

    static void run(BenchInfra infra, ServiceUnderTest service, Report report) {
        String token = infra.tokens().token("bench-manager", "manager", null);
        try {
            // a rebuild of a million events takes longer than an ordinary request may
            HttpResponse<String> r = HttpLoad.send(HttpRequest.newBuilder(HttpLoad.post(
                    service.url("/api/v1/admin/projections/rebuild"), token, "{}"), (k, v) -> true)
                    .timeout(Duration.ofMinutes(30)).build());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("HTTP " + r.statusCode() + ": " + r.body());
            }
            JsonNode rebuilt = JSON.readTree(r.body());
            long events = rebuilt.path("eventsRead").asLong();
            double rate = rebuilt.path("eventsPerSecond").asDouble();
            report.add("replay", service.name + " rebuild of " + rebuilt.path("projections").size()
                            + " read models (" + events + " log events, " + rebuilt.path("eventsApplied").asLong()
                            + " applied)", rate, "ev/s", null, ">= 50,000 ev/s", events == 0 ? null : rate >= 50_000);
        } catch (Exception e) {
            report.add("replay", service.name + " rebuild failed: " + e.getMessage(), Double.NaN, "");
        }
    }
}
