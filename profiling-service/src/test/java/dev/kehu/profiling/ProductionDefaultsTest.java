package dev.kehu.profiling;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import dev.kehu.testsupport.EmbeddedPostgresServer;
import dev.kehu.testsupport.KafkaAndPostgresResource;
import dev.kehu.testsupport.KehuInfra;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/**
 * The service as packaged (the {@code prod} profile) with a deliberately small capacity, on the real
 * PostgreSQL reached through a proxy this test can cut (docs/contract.md "Overload and outages").
 */
@QuarkusTest
@TestProfile(ProductionDefaultsTest.Packaged.class)
class ProductionDefaultsTest {

    /** The packaged defaults, two requests at a time, and a database this test can take away. */
    public static class Packaged implements QuarkusTestProfile {

        @Override
        public String getConfigProfile() {
            return "prod";
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.load-shedding.initial-limit", "2", "quarkus.load-shedding.max-limit", "2",
                    "kehu.http.min-limit", "1", "kehu.http.retry-after", "3s",
                    "quarkus.log.console.json.enabled", "false");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(KafkaAndPostgresResource.class,
                    Map.of("database", "profiling", "proxied", "true")));
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }
    }

    @TestHTTPResource("/api/v1/profiles")
    URI profiles;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @Test
    void swaggerUiAndMetricsAreOffWhileHealthAndTheApiDocumentAnswer() {
        given().header("Authorization", "none").get("/q/swagger-ui/").then().statusCode(404);
        given().header("Authorization", "none").get("/q/metrics").then().statusCode(404)
                .contentType("application/problem+json");
        given().header("Authorization", "none").get("/q/health/ready").then().statusCode(200);
        given().header("Authorization", "none").accept("application/json").get("/q/openapi").then().statusCode(200);
    }

    @Test
    void pastCapacityTheExcessIsAnsweredAtOnceWith503AndRetryAfterWhileProbesStillAnswer() throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String token = "Bearer " + KehuInfra.get().tokens().token("shed", "advisor", null);
        HttpRequest list = HttpRequest.newBuilder(profiles).header("Authorization", token)
                .timeout(Duration.ofSeconds(30)).GET().build();
        try (Connection hold = DriverManager.getConnection(jdbcUrl, EmbeddedPostgresServer.USER,
                EmbeddedPostgresServer.PASSWORD);
             // pg_stat_activity is a snapshot per transaction: watched from outside the one holding the lock
             Connection watch = DriverManager.getConnection(jdbcUrl, EmbeddedPostgresServer.USER,
                     EmbeddedPostgresServer.PASSWORD)) {
            hold.setAutoCommit(false);
            try (Statement s = hold.createStatement()) {
                s.execute("lock table client_profile in access exclusive mode");
            }
            // the service's capacity (two) taken by two reads waiting on the lock this test holds
            List<CompletableFuture<HttpResponse<String>>> admitted = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                admitted.add(http.sendAsync(list, HttpResponse.BodyHandlers.ofString()));
            }
            await().atMost(Duration.ofSeconds(20)).until(() -> admitted.stream().anyMatch(CompletableFuture::isDone)
                    || waitingOnLocks(watch) >= 2);
            for (CompletableFuture<HttpResponse<String>> f : admitted) {
                assertTrue(!f.isDone(), () -> "an admitted read did not wait: " + f.join().statusCode() + " "
                        + f.join().body());
            }

            List<CompletableFuture<HttpResponse<String>>> excess = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                excess.add(http.sendAsync(list, HttpResponse.BodyHandlers.ofString()));
            }
            for (CompletableFuture<HttpResponse<String>> f : excess) {
                // answered while the two admitted still wait: nothing queued behind them
                HttpResponse<String> r = f.get(10, TimeUnit.SECONDS);
                assertEquals(503, r.statusCode(), r.body());
                assertEquals("3", r.headers().firstValue("Retry-After").orElse(null));
                assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
                assertTrue(r.body().contains("\"status\":503"), r.body());
            }
            assertTrue(admitted.stream().noneMatch(CompletableFuture::isDone), "the admitted reads still wait");
            given().header("Authorization", "none").get("/q/health/ready").then().statusCode(200)
                    .body("status", equalTo("UP"));
            given().header("Authorization", "none").get("/q/health/live").then().statusCode(200);
            hold.rollback();
            for (CompletableFuture<HttpResponse<String>> f : admitted) {
                assertEquals(200, f.get(20, TimeUnit.SECONDS).statusCode());
            }
        }
    }

    private static int waitingOnLocks(Connection c) throws Exception {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from pg_stat_activity where datname = current_database() "
                     + "and backend_type = 'client backend' and wait_event_type = 'Lock' and query like '%client_profile%'")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Test
    void everyReadDuringADatabaseOutageIsA503ProblemWithRetryAfterNeverA500() {
        KafkaAndPostgresResource.databaseOutage(true);
        try {
            for (String path : List.of("/api/v1/profiles", "/api/v1/products", "/api/v1/admin/projections",
                    "/api/v1/clients/" + Api.newClientId() + "/risk-assessments",
                    "/api/v1/admin/jobs/" + UUID.randomUUID())) {
                Response r = given().get(path);
                assertEquals(503, r.statusCode(), path + ": " + r.asString());
                assertTrue(r.contentType().startsWith("application/problem+json"), path + ": " + r.contentType());
                assertEquals(503, r.jsonPath().getInt("status"), path);
                assertEquals("3", r.getHeader("Retry-After"), path);
            }
        } finally {
            KafkaAndPostgresResource.databaseOutage(false);
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/api/v1/profiles").then().statusCode(200));
    }
}
