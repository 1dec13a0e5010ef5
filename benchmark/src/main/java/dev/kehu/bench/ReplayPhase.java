package dev.kehu.bench;

import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Rebuilds every read model of a service from its event store through the admin endpoint. */
final class ReplayPhase {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ReplayPhase() {
    }

    static void run(BenchInfra infra, ServiceUnderTest service, Report report) {
        String token = infra.tokens().token("bench-manager", "manager", null);
        try {
            HttpResponse<String> list = HttpLoad.send(HttpLoad.get(service.url("/api/v1/admin/projections"), token));
            long events = 0;
            long millis = 0;
            for (JsonNode projection : JSON.readTree(list.body())) {
                String name = projection.get("name").asText();
                // a rebuild of a million events takes longer than an ordinary request may
                HttpResponse<String> r = HttpLoad.send(java.net.http.HttpRequest.newBuilder(HttpLoad.post(
                        service.url("/api/v1/admin/projections/" + name + "/rebuild"), token, "{}"), (k, v) -> true)
                        .timeout(java.time.Duration.ofMinutes(30)).build());
                JsonNode rebuilt = JSON.readTree(r.body());
                events += rebuilt.path("eventsApplied").asLong();
                millis += rebuilt.path("millis").asLong();
            }
            double rate = millis == 0 ? Double.NaN : events * 1000.0 / millis;
            report.add("replay", service.name + " rebuild (" + events + " events applied)", rate, "ev/s", null,
                    ">= 50,000 ev/s", events == 0 ? null : rate >= 50_000);
        } catch (Exception e) {
            report.add("replay", service.name + " rebuild failed: " + e.getMessage(), Double.NaN, "");
        }
    }
}
