package dev.kehu.profiling;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.kehu.testsupport.AdminJobs;
import dev.kehu.testsupport.DevTokens;
import dev.kehu.testsupport.KafkaAndPostgresResource;
import dev.kehu.testsupport.KehuInfra;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * 401 without a valid token, and every role boundary of the shared AccessPolicy on profiling's
 * endpoints: who may read and write which client's assessments, surveys, facets and profile.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaAndPostgresResource.class,
        initArgs = @ResourceArg(name = "database", value = "profiling"))
class SecurityTest {

    /** The client whose token the {@code client} role carries, and someone else; both have data. */
    static final String OWN = Api.newClientId();
    static final String OTHER = Api.newClientId();
    static String ownAssessment;
    static String otherAssessment;
    /** An R1 product on sale, and a MISMATCH check of OTHER (typical answers, C3) against an R5 product. */
    static final String PRODUCT = "SEC-R1-" + OWN;
    static final String RISKY = "SEC-R5-" + OWN;
    static String otherCheck;

    static synchronized void seed() {
        if (ownAssessment != null) {
            return;
        }
        ownAssessment = Api.submit(OWN, Api.typicalAnswers()).then().statusCode(201).extract().path("assessmentId");
        otherAssessment = Api.submit(OTHER, Api.typicalAnswers()).then().statusCode(201).extract()
                .path("assessmentId");
        Api.putProduct(PRODUCT, "R1", true).then().statusCode(201);
        Api.putProduct(RISKY, "R5", true).then().statusCode(201);
        otherCheck = given().contentType(ContentType.JSON).body(Map.of("productCode", RISKY))
                .post("/api/v1/clients/{id}/suitability-checks", OTHER).then().statusCode(201)
                .body("result", org.hamcrest.Matchers.equalTo("MISMATCH")).extract().path("checkId");
        for (String client : List.of(OWN, OTHER)) {
            given().contentType(ContentType.JSON).body(bodyFor("/service-needs"))
                    .put("/api/v1/clients/{id}/service-needs", client).then().statusCode(200);
        }
    }

    static String token(String role) {
        return switch (role) {
            case "client" -> Api.bearer("app-user-" + OWN, "client", OWN);
            // a client token that names no client: reaches no client's data
            case "client-without-id" -> Api.bearer("app-user-x", "client", null);
            case "none" -> "none";
            default -> Api.bearer("sec-" + role, role, null);
        };
    }

    static Object bodyFor(String path) {
        if (path.endsWith("/risk-assessments")) {
            return Map.of("answers", Api.typicalAnswers());
        }
        if (path.endsWith("/service-surveys")) {
            return Map.of("ratings", Api.fullRatings());
        }
        if (path.endsWith("/household")) {
            return Map.of("maritalStatus", "SINGLE", "age", 30);
        }
        if (path.endsWith("/social-background")) {
            return Map.of("background", "PROFESSIONAL");
        }
        if (path.endsWith("/personality")) {
            return Map.of("personality", "PEACEFUL");
        }
        if (path.endsWith("/suitability-checks")) {
            return Map.of("productCode", PRODUCT);
        }
        if (path.endsWith("/acknowledgement")) {
            return Map.of("channel", "ONLINE", "statement", "I understand the risk");
        }
        if (path.startsWith("/api/v1/products/")) {
            return SuitabilityFlowTest.product("R1", true);
        }
        if (path.endsWith("/rescore")) {
            return Map.of("toVersion", "v2");
        }
        if (path.endsWith("/service-needs")) {
            return Map.of("horizon", "LONG", "reminders",
                    List.of(Map.of("content", "STRATEGY", "channel", "WECHAT", "frequency", "WEEKLY")));
        }
        if (path.endsWith("/investor-attitude")) {
            return Map.of("group", "STEADY");
        }
        return Map.of();
    }

    static Response call(String role, String method, String template) {
        seed();
        String path = template.replace("{own}", OWN).replace("{other}", OTHER)
                .replace("{ownAssessment}", ownAssessment).replace("{otherAssessment}", otherAssessment)
                .replace("{otherCheck}", otherCheck).replace("{product}", PRODUCT);
        RequestSpecification req = given().header("Authorization", token(role));
        if (!method.equals("GET")) {
            req = req.contentType(ContentType.JSON).body(bodyFor(path));
        }
        return req.request(method, path);
    }

    /** role, method, path, expected status. */
    static Stream<Arguments> boundaries() {
        String risk = "/api/v1/clients/%s/risk-assessments";
        String surveys = "/api/v1/clients/%s/service-surveys";
        List<String> facets = List.of("household", "social-background", "personality", "investor-attitude");
        Stream.Builder<Arguments> b = Stream.builder();
        // the client: its own assessments and surveys, nothing else
        b.add(Arguments.of("client", "POST", risk.formatted("{own}"), 201));
        b.add(Arguments.of("client", "GET", risk.formatted("{own}"), 200));
        b.add(Arguments.of("client", "POST", surveys.formatted("{own}"), 201));
        b.add(Arguments.of("client", "GET", surveys.formatted("{own}"), 200));
        b.add(Arguments.of("client", "POST", risk.formatted("{other}"), 403));
        b.add(Arguments.of("client", "GET", risk.formatted("{other}"), 403));
        b.add(Arguments.of("client", "GET", risk.formatted("{other}") + "/{otherAssessment}", 403));
        b.add(Arguments.of("client", "POST", surveys.formatted("{other}"), 403));
        b.add(Arguments.of("client", "GET", surveys.formatted("{other}"), 403));
        b.add(Arguments.of("client", "GET", "/api/v1/clients/{other}/profile", 403));
        b.add(Arguments.of("client", "GET", "/api/v1/clients/{own}/profile", 403));
        b.add(Arguments.of("client", "GET", "/api/v1/risk-assessments/due?before=2030-01-01", 403));
        b.add(Arguments.of("client", "GET", "/api/v1/admin/projections", 403));
        b.add(Arguments.of("client", "POST", "/api/v1/admin/projections/risk-assessments/rebuild", 403));
        for (String f : facets) {
            b.add(Arguments.of("client", "PUT", "/api/v1/clients/{own}/" + f, 403));
            b.add(Arguments.of("client", "PUT", "/api/v1/clients/{other}/" + f, 403));
        }
        // path tricks cannot turn another client's data into the client's own
        b.add(Arguments.of("client", "GET", "/api/v1/clients/{other}%2F..%2F{own}/risk-assessments", 403));
        b.add(Arguments.of("client", "GET", "/api/v1/clients/{own}/../{other}/risk-assessments", 403));
        b.add(Arguments.of("client", "GET", "/api/v1/clients/{other};x={own}/risk-assessments", 403));
        // the advisor: all client work, but no read-model operations
        b.add(Arguments.of("advisor", "POST", risk.formatted("{other}"), 201));
        b.add(Arguments.of("advisor", "GET", risk.formatted("{other}"), 200));
        b.add(Arguments.of("advisor", "GET", risk.formatted("{other}") + "/{otherAssessment}", 200));
        b.add(Arguments.of("advisor", "POST", surveys.formatted("{other}"), 201));
        b.add(Arguments.of("advisor", "GET", surveys.formatted("{other}"), 200));
        b.add(Arguments.of("advisor", "GET", "/api/v1/clients/{other}/profile", 200));
        b.add(Arguments.of("advisor", "GET", "/api/v1/clients/{other}/profile?asOf=2030-01-01", 200));
        b.add(Arguments.of("advisor", "GET", "/api/v1/risk-assessments/due?before=2030-01-01", 200));
        b.add(Arguments.of("advisor", "GET", "/api/v1/admin/projections", 403));
        b.add(Arguments.of("advisor", "POST", "/api/v1/admin/projections/risk-assessments/rebuild", 403));
        for (String f : facets) {
            b.add(Arguments.of("advisor", "PUT", "/api/v1/clients/{other}/" + f, 200));
        }
        // the auditor: reads (including as-of views), changes nothing
        b.add(Arguments.of("auditor", "GET", "/api/v1/questionnaires/risk", 200));
        b.add(Arguments.of("auditor", "GET", "/api/v1/clients/{other}/profile", 200));
        b.add(Arguments.of("auditor", "GET", "/api/v1/clients/{other}/profile?asOf=2030-01-01T00:00:00Z", 200));
        b.add(Arguments.of("auditor", "GET", "/api/v1/risk-assessments/due?before=2030-01-01", 200));
        b.add(Arguments.of("auditor", "GET", "/api/v1/admin/projections", 200));
        b.add(Arguments.of("auditor", "POST", risk.formatted("{other}"), 403));
        b.add(Arguments.of("auditor", "POST", surveys.formatted("{other}"), 403));
        b.add(Arguments.of("auditor", "POST", "/api/v1/admin/projections/risk-assessments/rebuild", 403));
        for (String f : facets) {
            b.add(Arguments.of("auditor", "PUT", "/api/v1/clients/{other}/" + f, 403));
        }
        // docs/domain.md#suitability-check products, suitability checks and re-scoring; docs/contract.md#rest-paths-per-service the profile list
        String checks = "/api/v1/clients/%s/suitability-checks";
        String ack = "/api/v1/suitability-checks/{otherCheck}/acknowledgement";
        String unknownJob = "/api/v1/admin/rescore-jobs/00000000-0000-0000-0000-000000000000";
        String unknownAdminJob = "/api/v1/admin/jobs/00000000-0000-0000-0000-000000000000";
        b.add(Arguments.of("client", "GET", unknownAdminJob, 403));
        b.add(Arguments.of("advisor", "GET", unknownAdminJob, 403));
        b.add(Arguments.of("auditor", "GET", unknownAdminJob, 404));
        b.add(Arguments.of("manager", "GET", unknownAdminJob, 404));
        b.add(Arguments.of("client-without-id", "GET", risk.formatted("{own}"), 403));
        b.add(Arguments.of("client-without-id", "POST", surveys.formatted("{own}"), 403));
        b.add(Arguments.of("client-without-id", "GET", "/api/v1/questionnaires/risk", 200));
        b.add(Arguments.of("client", "POST", checks.formatted("{own}"), 201));
        b.add(Arguments.of("client", "GET", checks.formatted("{own}"), 200));
        b.add(Arguments.of("client", "POST", checks.formatted("{other}"), 403));
        b.add(Arguments.of("client", "GET", checks.formatted("{other}"), 403));
        b.add(Arguments.of("client", "GET", "/api/v1/suitability-checks/{otherCheck}", 403));
        b.add(Arguments.of("client", "POST", ack, 403));
        b.add(Arguments.of("client", "GET", "/api/v1/products", 200));
        b.add(Arguments.of("client", "GET", "/api/v1/products/{product}", 200));
        b.add(Arguments.of("client", "PUT", "/api/v1/products/{product}", 403));
        b.add(Arguments.of("client", "GET", "/api/v1/profiles", 403));
        b.add(Arguments.of("client", "POST", "/api/v1/admin/risk-assessments/rescore", 403));
        b.add(Arguments.of("client", "GET", unknownJob, 403));
        b.add(Arguments.of("advisor", "POST", checks.formatted("{other}"), 201));
        b.add(Arguments.of("advisor", "GET", checks.formatted("{other}"), 200));
        b.add(Arguments.of("advisor", "GET", "/api/v1/suitability-checks/{otherCheck}", 200));
        b.add(Arguments.of("advisor", "PUT", "/api/v1/products/{product}", 403));
        b.add(Arguments.of("advisor", "GET", "/api/v1/profiles?riskCategory=C3", 200));
        b.add(Arguments.of("advisor", "POST", "/api/v1/admin/risk-assessments/rescore", 403));
        b.add(Arguments.of("advisor", "GET", unknownJob, 403));
        b.add(Arguments.of("auditor", "POST", checks.formatted("{other}"), 403));
        b.add(Arguments.of("auditor", "GET", checks.formatted("{other}") + "?asOf=2030-01-01", 200));
        b.add(Arguments.of("auditor", "GET", "/api/v1/suitability-checks/{otherCheck}", 200));
        b.add(Arguments.of("auditor", "POST", ack, 403));
        b.add(Arguments.of("auditor", "PUT", "/api/v1/products/{product}", 403));
        b.add(Arguments.of("auditor", "GET", "/api/v1/products", 200));
        b.add(Arguments.of("auditor", "GET", "/api/v1/profiles", 200));
        b.add(Arguments.of("auditor", "POST", "/api/v1/admin/risk-assessments/rescore", 403));
        b.add(Arguments.of("auditor", "GET", unknownJob, 404));
        b.add(Arguments.of("manager", "PUT", "/api/v1/products/{product}", 200));
        b.add(Arguments.of("manager", "GET", unknownJob, 404));
        // docs/domain.md#service-needs and #recommendations: a client reads its own needs and recommendations only
        String needs = "/api/v1/clients/%s/service-needs";
        String recommendations = "/api/v1/clients/%s/recommendations";
        b.add(Arguments.of("client", "GET", needs.formatted("{own}"), 200));
        b.add(Arguments.of("client", "GET", needs.formatted("{own}") + "?asOf=2030-01-01", 200));
        b.add(Arguments.of("client", "GET", needs.formatted("{other}"), 403));
        b.add(Arguments.of("client", "PUT", needs.formatted("{own}"), 403));
        b.add(Arguments.of("client", "PUT", needs.formatted("{other}"), 403));
        b.add(Arguments.of("client", "GET", needs.formatted("{own}") + "/suggested", 403));
        b.add(Arguments.of("client", "GET", needs.formatted("{other}") + "/suggested", 403));
        b.add(Arguments.of("client", "GET", recommendations.formatted("{own}"), 200));
        b.add(Arguments.of("client", "GET", recommendations.formatted("{other}"), 403));
        b.add(Arguments.of("client-without-id", "GET", needs.formatted("{own}"), 403));
        b.add(Arguments.of("client-without-id", "GET", recommendations.formatted("{own}"), 403));
        b.add(Arguments.of("advisor", "PUT", needs.formatted("{other}"), 200));
        b.add(Arguments.of("advisor", "GET", needs.formatted("{other}"), 200));
        b.add(Arguments.of("advisor", "GET", needs.formatted("{other}") + "/suggested", 200));
        b.add(Arguments.of("advisor", "GET", recommendations.formatted("{other}"), 200));
        b.add(Arguments.of("auditor", "PUT", needs.formatted("{other}"), 403));
        b.add(Arguments.of("auditor", "GET", needs.formatted("{other}") + "?asOf=2030-01-01", 200));
        b.add(Arguments.of("auditor", "GET", needs.formatted("{other}") + "/suggested", 200));
        b.add(Arguments.of("auditor", "GET", recommendations.formatted("{other}"), 200));
        b.add(Arguments.of("manager", "PUT", needs.formatted("{other}"), 200));
        b.add(Arguments.of("manager", "GET", recommendations.formatted("{other}"), 200));
        // the manager: an advisor who also operates the read models
        b.add(Arguments.of("manager", "GET", risk.formatted("{other}"), 200));
        b.add(Arguments.of("manager", "GET", "/api/v1/admin/projections", 200));
        b.add(Arguments.of("manager", "POST", "/api/v1/admin/projections/risk-assessments/rebuild", 202));
        return b.build();
    }

    @ParameterizedTest(name = "{0} {1} {2} → {3}")
    @MethodSource("boundaries")
    void eachRoleGetsExactlyWhatTheTableAllows(String role, String method, String path, int expected) {
        Response r = call(role, method, path);
        assertEquals(expected, r.statusCode(), role + " " + method + " " + path + ": " + r.asString());
        if (expected == 202) {
            AdminJobs.succeeded(r); // a job started: let it end before another test starts one of its kind
        }
        if (expected >= 400) {
            assertEquals("application/problem+json", r.contentType());
            assertEquals(expected, r.jsonPath().getInt("status"));
        }
    }

    /** The auditor reads everything; the client reads each of its own assessments and the questionnaires. */
    @ParameterizedTest(name = "{0} {1} {2} → {3}")
    @MethodSource("sharedPolicyGaps")
    void auditorReadsHistoriesAndClientReadsItsOwnAssessment(String role, String method, String path, int expected) {
        eachRoleGetsExactlyWhatTheTableAllows(role, method, path, expected);
    }

    static Stream<Arguments> sharedPolicyGaps() {
        return Stream.of(
                Arguments.of("auditor", "GET", "/api/v1/clients/{other}/risk-assessments", 200),
                Arguments.of("auditor", "GET", "/api/v1/clients/{other}/risk-assessments/{otherAssessment}", 200),
                Arguments.of("auditor", "GET", "/api/v1/clients/{other}/service-surveys", 200),
                Arguments.of("client", "GET", "/api/v1/clients/{own}/risk-assessments/{ownAssessment}", 200),
                Arguments.of("client", "GET", "/api/v1/questionnaires/risk", 200),
                Arguments.of("client", "GET", "/api/v1/questionnaires/servqual", 200));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"none", "empty", "garbage", "not-bearer", "expired", "wrong-key", "alg-none", "tampered"})
    void withoutAValidTokenEveryEndpointAnswers401(String kind) throws Exception {
        String header = switch (kind) {
            case "none" -> "none";
            case "empty" -> "Bearer ";
            case "garbage" -> "Bearer abc.def.ghi";
            case "not-bearer" -> "Basic " + Base64.getEncoder().encodeToString("manager:manager".getBytes());
            case "expired" -> "Bearer " + KehuInfra.get().tokens().token("late", List.of("manager"), null,
                    Duration.ofHours(-2));
            case "wrong-key" -> "Bearer " + DevTokens.inDirectory(Files.createTempDirectory("other-key"))
                    .token("mallory", "manager", null);
            case "alg-none" -> unsigned();
            case "tampered" -> tampered();
            default -> throw new IllegalArgumentException(kind);
        };
        for (String[] call : new String[][] {{"GET", "/api/v1/questionnaires/risk"},
                {"GET", "/api/v1/clients/" + OTHER + "/profile"},
                {"POST", "/api/v1/clients/" + OTHER + "/risk-assessments"},
                {"PUT", "/api/v1/clients/" + OTHER + "/personality"},
                {"PUT", "/api/v1/clients/" + OTHER + "/service-needs"},
                {"GET", "/api/v1/clients/" + OTHER + "/recommendations"},
                {"POST", "/api/v1/admin/projections/client-profile/rebuild"}}) {
            Response r = given().header("Authorization", header).contentType(ContentType.JSON)
                    .body(call[0].equals("GET") ? "" : "{}").request(call[0], call[1]);
            assertEquals(401, r.statusCode(), kind + " " + call[0] + " " + call[1] + ": " + r.asString());
            if (!r.asString().isEmpty()) {
                // the application answered (no token at all): a problem; the JWT layer answers empty-bodied
                assertEquals("application/problem+json", r.contentType());
                assertEquals(401, r.jsonPath().getInt("status"));
            }
        }
    }

    /** A manager token whose signature was stripped and whose header says {@code alg: none}. */
    private static String unsigned() {
        String manager = KehuInfra.get().tokens().token("mallory", "manager", null);
        String header = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        return "Bearer " + header + "." + manager.split("\\.")[1] + ".";
    }

    /** A client token whose claims were rewritten to make it a manager, keeping the old signature. */
    private static String tampered() {
        String[] parts = KehuInfra.get().tokens().token("mallory", "client", "C1").split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"client\"", "\"manager\"");
        return "Bearer " + parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
    }

    @Test
    void healthMetricsAndOpenApiStayOpenWithoutAToken() {
        given().header("Authorization", "none").get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"));
        given().header("Authorization", "none").get("/q/health/live").then().statusCode(200);
        given().header("Authorization", "none").get("/q/metrics").then().statusCode(200);
        given().header("Authorization", "none").accept("application/json").get("/q/openapi").then().statusCode(200);
        Response r = given().header("Authorization", "none").get("/api/v1/clients/{id}/profile", OTHER);
        assertEquals(401, r.statusCode());
        assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
    }

    /** An invalid token's 401 is a problem with a body too, not an empty answer of the JWT layer. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"garbage", "expired", "wrong-key", "alg-none", "tampered"})
    void anInvalidTokensAnswerIsAProblemWithABody(String kind) throws Exception {
        String header = switch (kind) {
            case "garbage" -> "Bearer abc.def.ghi";
            case "expired" -> "Bearer " + KehuInfra.get().tokens().token("late", List.of("manager"), null,
                    Duration.ofHours(-2));
            case "wrong-key" -> "Bearer " + DevTokens.inDirectory(Files.createTempDirectory("other-key"))
                    .token("mallory", "manager", null);
            case "alg-none" -> unsigned();
            case "tampered" -> tampered();
            default -> throw new IllegalArgumentException(kind);
        };
        for (String[] call : new String[][] {{"GET", "/api/v1/questionnaires/risk"},
                {"GET", "/api/v1/clients/" + OTHER + "/risk-assessments"},
                {"PUT", "/api/v1/clients/" + OTHER + "/personality"}}) {
            Response r = given().header("Authorization", header).contentType(ContentType.JSON)
                    .body(call[0].equals("GET") ? "" : "{}").request(call[0], call[1]);
            assertEquals(401, r.statusCode(), kind + " " + call[0] + " " + call[1] + ": " + r.asString());
            assertTrue(r.contentType().startsWith("application/problem+json"), kind + ": " + r.contentType());
            assertEquals(401, r.jsonPath().getInt("status"), kind + ": " + r.asString());
        }
    }

    /** Only tokens issued for Kehu ({@code aud} kehu): another application's token of the same issuer is refused. */
    @ParameterizedTest(name = "aud {0} → {1}")
    @CsvSource(value = {"kehu, 200", "other-app, 401", "NONE, 401"})
    void onlyATokenWhoseAudienceIsKehuIsAccepted(String audience, int expected) {
        String token = KehuInfra.get().tokens().token("aud-" + audience, List.of("advisor"), null, Duration.ofHours(1),
                audience.equals("NONE") ? null : audience);
        Response r = given().header("Authorization", "Bearer " + token).get("/api/v1/clients/{id}/profile", OTHER);
        assertEquals(expected, r.statusCode(), r.asString());
        if (expected == 401) {
            assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
        }
    }

    /** An operation that names no role is refused to everyone, a manager too: nothing is open by omission. */
    @Test
    void anOperationWithoutARoleAnnotationIsRefused() {
        given().header("Authorization", token("manager")).get(UnannotatedProbe.PATH).then().statusCode(403);
        given().header("Authorization", token("advisor")).get(UnannotatedProbe.PATH).then().statusCode(403);
    }

    /** The roles are in the code, so OpenAPI shows every operation's security. */
    @Test
    void openApiShowsTheRolesOfEveryOperation() {
        Response r = given().header("Authorization", "none").accept("application/json").get("/q/openapi");
        Map<String, Map<String, Object>> paths = r.jsonPath().getMap("paths");
        int operations = 0;
        for (Map.Entry<String, Map<String, Object>> path : paths.entrySet()) {
            if (!path.getKey().startsWith("/api/v1/")) {
                continue;
            }
            for (Map.Entry<String, Object> op : path.getValue().entrySet()) {
                if (List.of("get", "post", "put", "delete").contains(op.getKey())) {
                    operations++;
                    Map<?, ?> operation = (Map<?, ?>) op.getValue();
                    String name = op.getKey() + " " + path.getKey();
                    Object security = operation.get("security");
                    assertTrue(security instanceof List<?> l && !l.isEmpty(), name + " shows no security: " + operation);
                    assertTrue(operation.get("operationId") instanceof String id && !id.isBlank(),
                            name + " has no operationId");
                    assertTrue(typed2xx((Map<?, ?>) operation.get("responses")), name + " has no typed 2xx response: "
                            + operation.get("responses"));
                }
            }
        }
        assertTrue(operations >= 26, "operations in OpenAPI: " + operations);
        List<String> ids = new java.util.ArrayList<>();
        paths.values().forEach(p -> p.values().forEach(o -> {
            if (o instanceof Map<?, ?> m && m.get("operationId") != null) {
                ids.add((String) m.get("operationId"));
            }
        }));
        assertEquals(ids.size(), java.util.Set.copyOf(ids).size(), "operationIds are unique: " + ids);
    }

    /** A 2xx response whose JSON content has a schema (a $ref or a type), not a bare Response. */
    private static boolean typed2xx(Map<?, ?> responses) {
        if (responses == null) {
            return false;
        }
        for (Map.Entry<?, ?> r : responses.entrySet()) {
            if (r.getKey().toString().startsWith("2") && r.getValue() instanceof Map<?, ?> response
                    && response.get("content") instanceof Map<?, ?> content) {
                for (Object media : content.values()) {
                    if (media instanceof Map<?, ?> m && m.get("schema") instanceof Map<?, ?> schema
                            && (schema.containsKey("$ref") || schema.containsKey("type"))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
