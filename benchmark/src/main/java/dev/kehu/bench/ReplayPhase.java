package dev.kehu.bench;

import java.net.URI;
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
            // the first rebuild runs code the service has not compiled yet: reported, then measured warm
            JsonNode cold = rebuild(service, token);
            report.add("replay", service.name + " rebuild, first in this JVM (" + cold.path("eventsRead").asLong()
                    + " log events)", cold.path("eventsPerSecond").asDouble(), "ev/s");
            JsonNode warm = rebuild(service, token);
            long events = warm.path("eventsRead").asLong();
            double target = Targets.REPLAY_PER_SECOND.get(service.name);
            double rate = warm.path("eventsPerSecond").asDouble();
            report.add("replay", service.name + " rebuild of " + warm.path("projections").size() + " read models ("
                    + events + " log events, " + warm.path("eventsApplied").asLong() + " applied)", rate, "ev/s",
                    null, Targets.atLeast(target, "ev/s"), events == 0 ? null : rate >= target);
        } catch (Exception e) {
            report.add("replay", service.name + " rebuild failed: " + e.getMessage(), Double.NaN, "");
        }
    }

    /**
     * Starts a rebuild and returns its outcome {@code {projections, eventsRead, eventsApplied, millis,
     * eventsPerSecond}}: the body of a 200 (a service that rebuilds inside the request), or the
     * {@code result} of the job a 202 names in its {@code Location}, polled until it SUCCEEDED
     * (docs/contract.md, jobs); a FAILED job is an error with the job's {@code error}.
     */
    static JsonNode rebuild(ServiceUnderTest service, String token) throws Exception {
        // a rebuild of a million events takes longer than an ordinary request may
        HttpResponse<String> r = HttpLoad.send(HttpRequest.newBuilder(HttpLoad.post(
                service.url("/api/v1/admin/projections/rebuild"), token, "{}"), (k, v) -> true)
                .timeout(Duration.ofMinutes(30)).build());
        if (r.statusCode() == 200) {
            return JSON.readTree(r.body());
        }
        if (r.statusCode() != 202) {
            throw new IllegalStateException("HTTP " + r.statusCode() + ": " + r.body());
        }
        String location = r.headers().firstValue("Location")
                .orElseThrow(() -> new IllegalStateException("a 202 without Location: " + r.body()));
        String path = URI.create(location).getPath();
        long deadline = System.nanoTime() + Duration.ofMinutes(30).toNanos();
        while (true) {
            HttpResponse<String> polled = HttpLoad.send(HttpLoad.get(service.url(path), token));
            if (polled.statusCode() != 200) {
                throw new IllegalStateException("GET " + path + ": HTTP " + polled.statusCode() + ": " + polled.body());
            }
            JsonNode job = JSON.readTree(polled.body());
            String status = job.path("status").asText();
            if (status.equals("SUCCEEDED")) {
                return job.path("result");
            }
            if (status.equals("FAILED")) {
                JsonNode error = job.path("error");
                throw new IllegalStateException("rebuild job " + job.path("jobId").asText() + " FAILED: "
                        + (error.isTextual() ? error.asText() : error.toString()));
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("rebuild job still " + status + " after 30 minutes");
            }
            Pause.millis(100);
        }
    }
}
