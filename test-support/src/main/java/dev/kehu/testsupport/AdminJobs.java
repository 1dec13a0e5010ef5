package dev.kehu.testsupport;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.util.Set;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * Follows an admin job (a rebuild, a re-scoring; docs/contract.md "Jobs") the way a client does: the
 * start answers 202 with {@code Location: /api/v1/admin/jobs/{jobId}}, polled until the job finishes.
 */
public final class AdminJobs {

    public static final Duration WAIT = Duration.ofSeconds(60);
    private static final Set<String> FINISHED = Set.of("SUCCEEDED", "FAILED");

    private AdminJobs() {
    }

    /** The path of the job a 202 answer names in its {@code Location}; fails on any other answer. */
    public static String location(Response started) {
        if (started.statusCode() != 202) {
            throw new AssertionError("expected 202 for a job, got " + started.statusCode() + ": " + started.asString());
        }
        String location = started.getHeader("Location");
        int at = location == null ? -1 : location.indexOf("/api/v1/admin/jobs/");
        if (at < 0) {
            throw new AssertionError("a job's 202 names no /api/v1/admin/jobs/{jobId} Location: " + location);
        }
        return location.substring(at);
    }

    /** Polls the job until it SUCCEEDED or FAILED (within {@link #WAIT}) and returns it. */
    public static JsonPath finished(String location) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            Response r = given().get(location);
            if (r.statusCode() != 200) {
                throw new AssertionError("GET " + location + ": " + r.statusCode() + " " + r.asString());
            }
            JsonPath job = r.jsonPath();
            if (FINISHED.contains(job.getString("status"))) {
                return job;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("job still " + job.getString("status") + " after " + WAIT + ": " + r.asString());
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** Follows a started job to its end and returns its {@code result}, failing unless it SUCCEEDED. */
    public static JsonPath succeeded(Response started) {
        JsonPath job = finished(location(started));
        if (!"SUCCEEDED".equals(job.getString("status"))) {
            throw new AssertionError("job " + job.getString("status") + ": " + job.prettify());
        }
        return new JsonPath(job.prettify()).setRootPath("result");
    }
}
