package dev.kehu.segmentation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.oneOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import dev.kehu.testsupport.KafkaAndPostgresResource;
import dev.kehu.testsupport.KehuInfra;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Every segmentation endpoint against every kind of caller: no token or an invalid one is a 401
 * with a problem+json body; a client token (even for its own clientId) is a 403; the branch's staff
 * read (advisor, manager, auditor) and only a manager rebuilds read models.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaAndPostgresResource.class,
        initArgs = @ResourceArg(name = "database", value = "segmentation"))
class SecurityTest {

    static final String CLIENT = "SEC-C1";

    /** method, path, the roles allowed (per the README's role table). */
    static final List<Object[]> ENDPOINTS = List.of(
            new Object[] {"GET", "/api/v1/clients/" + CLIENT + "/segment", List.of("advisor", "manager", "auditor")},
            new Object[] {"GET", "/api/v1/clients/" + CLIENT + "/segment-history",
                    List.of("advisor", "manager", "auditor")},
            new Object[] {"GET", "/api/v1/segments/summary", List.of("advisor", "manager", "auditor")},
            new Object[] {"GET", "/api/v1/clients?segment=LARGE_STABLE", List.of("advisor", "manager", "auditor")},
            new Object[] {"GET", "/api/v1/segment-changes?since=2026-01-01", List.of("advisor", "manager", "auditor")},
            new Object[] {"GET", "/api/v1/clients/" + CLIENT + "/segment?asOf=2026-03-01",
                    List.of("advisor", "manager", "auditor")},
            new Object[] {"GET", "/api/v1/admin/projections", List.of("manager", "auditor")},
            new Object[] {"GET", "/api/v1/admin/jobs/00000000-0000-0000-0000-000000000000", List.of("manager", "auditor")},
            // a name no projection has: a manager gets past authorization to a 404, nothing is rebuilt
            new Object[] {"POST", "/api/v1/admin/projections/no-such-projection/rebuild", List.of("manager")});

    static Stream<Arguments> endpoints() {
        return ENDPOINTS.stream().map(e -> Arguments.of(e[0], e[1], e[2]));
    }

    static Stream<Arguments> endpointsAndRoles() {
        return ENDPOINTS.stream().flatMap(e -> Stream.of("advisor", "manager", "auditor", "client")
                .map(role -> Arguments.of(e[0], e[1], e[2], role)));
    }

    static Response call(String method, String path, String authorization) {
        return given().header("Authorization", authorization).request(method, path);
    }

    static String bearer(String role) {
        return "Bearer " + KehuInfra.get().tokens().token("sec-" + role, role, role.equals("client") ? CLIENT : null);
    }

    @ParameterizedTest(name = "{0} {1} without a token: 401 problem+json")
    @MethodSource("endpoints")
    void withoutATokenEveryEndpointIs401WithAProblemBody(String method, String path, List<String> allowed) {
        call(method, path, "none").then().statusCode(401).contentType("application/problem+json")
                .body("status", equalTo(401)).body("title", not(equalTo(null)));
    }

    @ParameterizedTest(name = "{0} {1} with an invalid token: 401 problem+json")
    @MethodSource("endpoints")
    void withAnInvalidTokenEveryEndpointIs401WithAProblemBody(String method, String path, List<String> allowed) {
        for (String token : List.of("Bearer not-a-jwt", "Bearer " + "eyJhbGciOiJSUzI1NiJ9.e30.c2lnbmF0dXJl",
                bearer("advisor").substring(0, bearer("advisor").length() - 4) + "AAAA")) {
            call(method, path, token).then().statusCode(401).contentType("application/problem+json")
                    .body("status", equalTo(401));
        }
    }

    /** Only tokens issued for Kehu ({@code aud} kehu): another application's token of the same issuer is refused. */
    @ParameterizedTest(name = "aud {0} → {1}")
    @CsvSource(value = {"kehu, 200", "other-app, 401", "NONE, 401"})
    void onlyATokenWhoseAudienceIsKehuIsAccepted(String audience, int expected) {
        String token = KehuInfra.get().tokens().token("aud-" + audience, List.of("advisor"), null,
                Duration.ofHours(1), audience.equals("NONE") ? null : audience);
        Response r = call("GET", "/api/v1/segments/summary", "Bearer " + token);
        r.then().statusCode(expected);
        if (expected == 401) {
            r.then().contentType("application/problem+json").body("status", equalTo(401));
        }
    }

    @Test
    void openApiShowsEverySegmentEndpointSecured() {
        io.restassured.path.json.JsonPath api = given().header("Authorization", "none").queryParam("format", "json")
                .get("/q/openapi").then().statusCode(200).extract().jsonPath();
        for (String path : List.of("/api/v1/clients/{clientId}/segment", "/api/v1/clients/{clientId}/segment-history",
                "/api/v1/segments/summary", "/api/v1/clients", "/api/v1/segment-changes")) {
            List<?> security = api.getList("paths.'" + path + "'.get.security");
            org.junit.jupiter.api.Assertions.assertTrue(security != null && !security.isEmpty(),
                    path + " shows no security in OpenAPI");
        }
    }

    @ParameterizedTest(name = "{0} {1} as {3}")
    @MethodSource("endpointsAndRoles")
    void eachRoleGetsExactlyWhatTheRoleTableAllows(String method, String path, List<String> allowed, String role) {
        Response r = call(method, path, bearer(role));
        if (allowed.contains(role)) {
            // past authorization: the answer is the endpoint's own (unknown client, unknown projection)
            r.then().statusCode(oneOf(200, 404));
        } else {
            r.then().statusCode(403).contentType("application/problem+json").body("status", equalTo(403));
        }
    }

    /** docs/contract.md#rest-paths-per-service: a browser app on the configured origin (the console's by default) may call the API. */
    @Test
    void aBrowserOnTheConsolesOriginMayCallTheApiAndAnotherOriginMayNot() {
        given().header("Origin", "http://localhost:8080").header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "authorization,if-match")
                .options("/api/v1/segments/summary")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo("http://localhost:8080"))
                .header("Access-Control-Allow-Headers", containsStringIgnoringCase("authorization"));
        given().header("Origin", "http://localhost:8080").header("Authorization", bearer("advisor"))
                .get("/api/v1/segments/summary")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo("http://localhost:8080"))
                .header("Access-Control-Expose-Headers", containsStringIgnoringCase("X-Correlation-Id"));
        Response other = given().header("Origin", "https://elsewhere.example")
                .header("Access-Control-Request-Method", "GET").options("/api/v1/segments/summary");
        assertNotEquals("https://elsewhere.example",
                other.getHeader("Access-Control-Allow-Origin"), "an origin not configured is not allowed");
    }
}
