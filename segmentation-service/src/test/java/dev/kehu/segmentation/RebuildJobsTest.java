package dev.kehu.segmentation;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.oneOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import dev.kehu.segmentation.segment.ClientSegmentProjection;
import dev.kehu.testsupport.AdminJobs;
import dev.kehu.testsupport.KafkaAndPostgresResource;
import dev.kehu.testsupport.KehuInfra;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * Rebuilds as jobs (docs/contract.md "Jobs"), on the real PostgreSQL: 202 and a Location to follow, one
 * rebuild at a time (the second is a 409 while the first waits on the log's lock this test holds), and a
 * job whose work fails shows FAILED with the error.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaAndPostgresResource.class,
        initArgs = @ResourceArg(name = "database", value = "segmentation"))
class RebuildJobsTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    /** Holds the log so that a rebuild (which takes it in share mode first) waits for as long as the test wants. */
    private static Connection holdTheLog() throws Exception {
        Connection c = KehuInfra.get().postgres().dataSource("segmentation").getConnection();
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            s.execute("lock table es_event in exclusive mode");
        }
        return c;
    }

    /** The backends of this database waiting for the log's lock: the rebuild, once it has started. */
    private static int waitingForTheLog(Connection c) throws Exception {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from pg_locks where relation = 'es_event'::regclass "
                     + "and not granted")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Test
    void aRebuildIsAJobAndASecondOneWhileItRunsIsA409() throws Exception {
        String first;
        try (Connection log = holdTheLog()) {
            Response started = given().post("/api/v1/admin/projections/rebuild");
            started.then().statusCode(202).header("Location", endsWith("/api/v1/admin/jobs/" + started.path("jobId")))
                    .body("kind", equalTo("projection-rebuild")).body("status", oneOf("QUEUED", "RUNNING"))
                    .body("requestedBy", equalTo("test-manager"));
            first = AdminJobs.location(started);
            await().atMost(WAIT).until(() -> waitingForTheLog(log) >= 1);
            given().get(first).then().statusCode(200).body("status", equalTo("RUNNING"))
                    .body("startedAt", notNullValue()).body("result", equalTo(null));

            // another rebuild, of all or of one read model, on this instance or any other: refused
            for (String path : new String[] {"/api/v1/admin/projections/rebuild",
                    "/api/v1/admin/projections/" + ClientSegmentProjection.NAME + "/rebuild"}) {
                given().post(path).then().statusCode(409).contentType("application/problem+json")
                        .body("status", equalTo(409)).body("jobId", equalTo(started.path("jobId")));
            }
            // an auditor follows it too; an advisor may not
            given().header("Authorization", bearer("auditor")).get(first).then().statusCode(200);
            given().header("Authorization", bearer("advisor")).get(first).then().statusCode(403);
            log.rollback();
        }
        JsonPath done = AdminJobs.finished(first);
        assertEquals("SUCCEEDED", done.getString("status"), done.prettify());
        assertNotNull(done.getString("finishedAt"));
        assertTrue(done.getList("result.projections").contains(ClientSegmentProjection.NAME), done.prettify());
        assertTrue(done.getLong("result.eventsApplied") >= done.getLong("result.eventsRead"), done.prettify());

        // the kind is free again
        JsonPath one = AdminJobs.succeeded(given().post("/api/v1/admin/projections/{name}/rebuild",
                ClientSegmentProjection.NAME));
        assertEquals(ClientSegmentProjection.NAME, one.getString("name"));
    }

    @Test
    void aRebuildThatFailsShowsFailedWithItsError() throws Exception {
        String job;
        try (Connection log = holdTheLog()) {
            job = AdminJobs.location(given().post("/api/v1/admin/projections/{name}/rebuild",
                    ClientSegmentProjection.NAME));
            await().atMost(WAIT).until(() -> waitingForTheLog(log) >= 1);
            // the rebuild's connection ended under it, as by an operator or a failover
            try (Statement s = log.createStatement()) {
                s.execute("select pg_terminate_backend(pid) from pg_locks where relation = 'es_event'::regclass "
                        + "and not granted");
            }
            JsonPath failed = AdminJobs.finished(job);
            assertEquals("FAILED", failed.getString("status"), failed.prettify());
            assertTrue(failed.getString("error").contains("terminat"), failed.prettify());
            assertTrue(failed.get("result") == null, failed.prettify());
            log.rollback();
        }
        // a failed job frees its kind
        given().get(job).then().statusCode(200).body("status", equalTo("FAILED")).body("error", containsString("terminat"));
        AdminJobs.succeeded(given().post("/api/v1/admin/projections/rebuild"));
    }

    /** A rebuild whose instance died (its heartbeat stopped two minutes ago) holds its kind no longer. */
    @Test
    void aJobWhoseInstanceStoppedIsFailedAndFreesItsKind() throws Exception {
        java.util.UUID abandoned = java.util.UUID.randomUUID();
        try (Connection c = KehuInfra.get().postgres().dataSource("segmentation").getConnection();
             java.sql.PreparedStatement ps = c.prepareStatement("insert into es_job (job_id, kind, status, "
                     + "requested_by, started_at, heartbeat_at) values (?, 'projection-rebuild', 'RUNNING', "
                     + "'a-replica', now() - interval '3 minutes', now() - interval '2 minutes')")) {
            ps.setObject(1, abandoned);
            ps.executeUpdate();
        }
        given().get("/api/v1/admin/jobs/{id}", abandoned).then().statusCode(200).body("status", equalTo("FAILED"))
                .body("error", containsString("abandoned")).body("finishedAt", notNullValue());
        AdminJobs.succeeded(given().post("/api/v1/admin/projections/rebuild"));
    }

    @Test
    void anUnknownOrMalformedJobIdIsA404OrA400() {
        given().get("/api/v1/admin/jobs/00000000-0000-0000-0000-000000000000").then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/api/v1/admin/jobs/nope").then().statusCode(400).body("errors.field", org.hamcrest.Matchers
                .hasItem("jobId"));
    }

    private static String bearer(String role) {
        return "Bearer " + KehuInfra.get().tokens().token("jobs-" + role, role, null);
    }
}
