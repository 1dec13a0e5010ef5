package dev.kehu.profiling;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.kehu.testsupport.KafkaAndPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Throws bad input at every write endpoint of profiling: malformed JSON, wrong types, missing and
 * unknown fields, arrays for objects, null and empty bodies, huge bodies, out-of-range numbers, odd
 * Unicode and injection-looking strings in path ids, headers and values. Every case is a 4xx (never a
 * 5xx); every 400 is a problem naming the field at fault. The service stays healthy afterwards.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaAndPostgresResource.class,
        initArgs = @ResourceArg(name = "database", value = "profiling"))
class BadInputTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String NUL = "\u0000";
    static final String RTL = "\u202E";
    static final String EMOJI = "\uD83D\uDE00";
    static final String LONG = "x".repeat(10_000);
    static final String SQL = "'; drop table es_event; --";
    static final String SCRIPT = "<script>alert(1)</script>";
    static final List<String> ODD_STRINGS = List.of(NUL, "MARRIED" + NUL, "SINGLE" + RTL, RTL + "ELGNIS", EMOJI,
            LONG, SQL, SCRIPT, "", " ", "single");

    /** A write endpoint and a body it accepts. */
    record Endpoint(String name, String method, String path, Map<String, Object> good) {
        Map<String, Object> with(String field, Object value) {
            Map<String, Object> b = copy(good);
            put(b, field, value);
            return b;
        }

        Map<String, Object> without(String field) {
            Map<String, Object> b = copy(good);
            put(b, field, REMOVE);
            return b;
        }
    }

    static final Object REMOVE = new Object();

    static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("risk-assessments", "POST", "/api/v1/clients/{id}/risk-assessments",
                    Map.of("answers", Api.typicalAnswers())),
            new Endpoint("household", "PUT", "/api/v1/clients/{id}/household",
                    Map.of("maritalStatus", "MARRIED", "age", 38, "youngestChildAge", 4, "childrenIndependent", false,
                            "retired", false)),
            new Endpoint("social-background", "PUT", "/api/v1/clients/{id}/social-background",
                    Map.of("background", "BUSINESS_OWNER")),
            new Endpoint("personality", "PUT", "/api/v1/clients/{id}/personality", Map.of("personality", "POWERFUL")),
            new Endpoint("investor-attitude", "PUT", "/api/v1/clients/{id}/investor-attitude", Map.of("group", "CAREER")),
            new Endpoint("service-surveys", "POST", "/api/v1/clients/{id}/service-surveys",
                    Map.of("ratings", Api.fullRatings())));

    /**
     * One bad request: the endpoint, a raw body (null: none), the path's client id, extra headers,
     * the content type, and the field a 400 must name (null: any 4xx, e.g. 413, 414, 415).
     */
    record Case(String name, Endpoint endpoint, byte[] body, String clientId, Map<String, String> headers,
                String contentType, String field) {
        @Override
        public String toString() {
            return endpoint.name + ": " + name;
        }
    }

    static Stream<Case> cases() throws Exception {
        List<Case> all = new ArrayList<>();
        for (Endpoint e : ENDPOINTS) {
            String rootField = e.good.keySet().iterator().next();
            // malformed and misshapen bodies
            raw(all, e, "truncated JSON", "{\"" + rootField + "\": ", "body");
            raw(all, e, "trailing garbage", json(e.good) + "}", null);
            raw(all, e, "single quotes", "{'" + rootField + "': 1}", "body");
            raw(all, e, "raw NUL in the text", "{\"" + rootField + "\": \"a" + NUL + "b\"}", "body|" + rootField);
            raw(all, e, "null body", "null", "body|answers|ratings|" + rootField);
            raw(all, e, "empty body", "", "body|answers|ratings|" + rootField);
            raw(all, e, "array where the object belongs", "[" + json(e.good) + "]", "body");
            raw(all, e, "string where the object belongs", "\"" + rootField + "\"", "body");
            raw(all, e, "number where the object belongs", "42", "body");
            raw(all, e, "empty object", "{}", rootField.equals("answers") || rootField.equals("ratings") ? rootField
                    : null);
            raw(all, e, "duplicate key", json(e.good).replaceFirst("\\{", "{\"" + rootField + "\": null, "), "body");
            raw(all, e, "unknown field", json(e.with("shoeSize", 42)), "shoeSize");
            raw(all, e, "unknown injection-named field", json(e.with("isAdmin", true)), "isAdmin");
            raw(all, e, "5000-deep nesting", "{\"" + rootField + "\": {\"x\": " + "[".repeat(5000) + "]".repeat(5000)
                    + "}}", null);
            raw(all, e, "2000-digit number", "{\"" + rootField + "\": 1" + "0".repeat(2000) + "}", null);
            all.add(new Case("invalid UTF-8", e, new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28, '"', ':', '1', '}'},
                    "C1", Map.of(), "application/json", "body"));
            all.add(new Case("huge body (100 KiB > 64 KiB limit)", e, json(e.with("padding", "x".repeat(100 * 1024)))
                    .getBytes(StandardCharsets.UTF_8), "C1", Map.of(), "application/json", null));
            all.add(new Case("text/plain", e, json(e.good).getBytes(StandardCharsets.UTF_8), "C1", Map.of(),
                    "text/plain", null));
            // path ids
            for (String id : List.of(NUL, "C1" + RTL, "C" + EMOJI, LONG, SQL, SCRIPT, "C 1", "..", "C1%00")) {
                all.add(new Case("client id " + printable(id), e, json(e.good).getBytes(StandardCharsets.UTF_8), id,
                        Map.of(), "application/json", id.length() > 1000 ? null : "clientId|path"));
            }
            // values of the wrong type, out of range, odd and injection-looking
            for (String field : fields(e)) {
                all.add(withValue(e, field, REMOVE, "missing"));
                all.add(withValue(e, field, null, "null"));
                all.add(withValue(e, field, List.of(), "array"));
                all.add(withValue(e, field, Map.of("nested", 1), "object"));
                all.add(withValue(e, field, true, "boolean"));
                for (String odd : ODD_STRINGS) {
                    all.add(withValue(e, field, odd, "string " + printable(odd)));
                }
                for (String number : List.of("17", "121", "1e309", "-0", "38.5", "-1", "2147483648", "1.0E2")) {
                    if (!acceptsNumber(field, number)) {
                        all.add(new Case(field + " = " + number, e, json(e.good).replace(valueJson(e, field), "\""
                                + field.replaceAll(".*\\.", "") + "\":" + number).getBytes(StandardCharsets.UTF_8),
                                "C1", Map.of(), "application/json", field.replace(".", "\\.") + "(\\..*)?"));
                    }
                }
            }
        }
        Endpoint risk = ENDPOINTS.get(0);
        for (String key : List.of("has space", "k" + NUL, "k" + RTL, "k" + EMOJI, "k".repeat(201), SQL, "", "\t",
                "k\u00e9")) {
            all.add(new Case("Idempotency-Key " + printable(key), risk, json(risk.good).getBytes(StandardCharsets.UTF_8),
                    "C1", Map.of("Idempotency-Key", key), "application/json", "Idempotency-Key"));
        }
        for (String tag : List.of("\"abc\"", "\"-1\"", "\"99999999999999999999\"", SQL, "\"1" + EMOJI + "\"")) {
            Endpoint household = ENDPOINTS.get(1);
            all.add(new Case("If-Match " + printable(tag), household, json(household.good)
                    .getBytes(StandardCharsets.UTF_8), "C1", Map.of("If-Match", tag), "application/json", "If-Match"));
        }
        return all.stream().filter(c -> c != null);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyBadRequestGetsA4xxProblemNamingTheField(Case c) throws Exception {
        int status;
        String contentType;
        String body;
        if (needsRawSocket(c)) {
            String[] answer = rawRequest(c);
            status = Integer.parseInt(answer[0]);
            contentType = answer[1];
            body = answer[2];
        } else {
            RequestSpecification req = given().contentType(c.contentType).headers(c.headers);
            if (c.body != null) {
                req = req.body(c.body);
            }
            Response r = req.request(c.endpoint.method, c.endpoint.path, c.clientId);
            status = r.statusCode();
            contentType = r.contentType();
            body = r.asString();
        }
        assertTrue(status >= 400 && status < 500, c + " → " + status + " " + body);
        if (bodyOverLimit(c)) {
            assertEquals(413, status, c + " → " + body);
        }
        if (status == 400 && needsRawSocket(c) && body.isEmpty() && contentType.isEmpty()) {
            return; // refused by the HTTP codec (control character in a header) before the application saw it
        }
        if (status == 400) {
            assertEquals("application/problem+json", contentType.replaceAll(";.*", ""), c + " → " + body);
            var problem = JSON.readTree(body);
            assertEquals(400, problem.get("status").asInt(), body);
            if (c.field != null) {
                List<String> named = new ArrayList<>();
                problem.path("errors").forEach(err -> named.add(err.path("field").asText()));
                assertTrue(named.stream().anyMatch(f -> f.matches(c.field)),
                        c + ": expected a field matching " + c.field + ", got " + named + " in " + body);
            }
        }
    }

    @Test
    void afterAllThatTheServiceIsHealthyAndAGoodSubmissionWorks() throws Exception {
        // one of every kind first, so this holds even when run alone
        for (Case c : cases().filter(c -> c.name.startsWith("huge") || c.name.equals("truncated JSON")).toList()) {
            everyBadRequestGetsA4xxProblemNamingTheField(c);
        }
        given().header("Authorization", "none").get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"));
        String client = Api.newClientId();
        for (Endpoint e : ENDPOINTS) {
            given().contentType("application/json").body(e.good).request(e.method, e.path, client).then()
                    .statusCode(e.method.equals("POST") ? 201 : 200);
        }
        // a key is opaque: one that merely looks like an injection is a legal key, stored harmlessly
        for (String key : List.of(SCRIPT, "';DROP_TABLE_es_event;--")) {
            given().contentType("application/json").header("Idempotency-Key", key).body(ENDPOINTS.get(0).good)
                    .post(ENDPOINTS.get(0).path, client).then().statusCode(201);
            given().contentType("application/json").header("Idempotency-Key", key).body(ENDPOINTS.get(0).good)
                    .post(ENDPOINTS.get(0).path, client).then().statusCode(200).header("Idempotent-Replayed", "true");
        }
        given().get("/api/v1/clients/{id}/profile", client).then().statusCode(200)
                .body("assessmentCount", equalTo(3))
                .body("personality.code", equalTo("POWERFUL"));
    }

    /** docs/domain.md#suitability write endpoints: method, path, raw body, the field a 400 must name (a regex). */
    static Stream<Arguments> suitabilityCases() {
        String check = "/api/v1/clients/C1/suitability-checks";
        String ack = "/api/v1/suitability-checks/00000000-0000-0000-0000-000000000000/acknowledgement";
        String product = "/api/v1/products/BAD-INPUT-1";
        String rescore = "/api/v1/admin/risk-assessments/rescore";
        String good = "{\"name\": {\"zh\": \"产品\", \"en\": \"Product\"}, \"riskLevel\": \"R2\", "
                + "\"productType\": \"FUND\", \"horizon\": \"SHORT\", \"onSale\": true}";
        return Stream.of(
                Arguments.of("POST", check, "{}", "productCode"),
                Arguments.of("POST", check, "{\"productCode\": null}", "productCode"),
                Arguments.of("POST", check, "{\"productCode\": 42}", "productCode"),
                Arguments.of("POST", check, "{\"productCode\": \"a b\"}", "productCode"),
                Arguments.of("POST", check, "{\"productCode\": \"" + SQL + "\"}", "productCode"),
                Arguments.of("POST", check, "{\"productCode\": \"P1\", \"force\": true}", "force"),
                Arguments.of("POST", check, "[{\"productCode\": \"P1\"}]", "body"),
                Arguments.of("POST", check, "{\"productCode\": ", "body"),
                Arguments.of("POST", "/api/v1/clients/a%20b/suitability-checks", "{\"productCode\": \"P1\"}",
                        "clientId"),
                Arguments.of("POST", ack, "{}", "channel|statement"),
                Arguments.of("POST", ack, "{\"channel\": \"FAX\", \"statement\": \"s\"}", "channel"),
                Arguments.of("POST", ack, "{\"channel\": \"ONLINE\"}", "statement"),
                Arguments.of("POST", ack, "{\"channel\": \"ONLINE\", \"statement\": \" \"}", "statement"),
                Arguments.of("POST", ack, "{\"channel\": \"ONLINE\", \"statement\": \"" + "x".repeat(5000) + "\"}",
                        "statement"),
                Arguments.of("POST", ack, "{\"channel\": \"ONLINE\", \"statement\": \"a\\u0000b\"}", "statement"),
                Arguments.of("POST", ack, "{\"channel\": [\"ONLINE\"], \"statement\": \"s\"}", "channel"),
                Arguments.of("POST", "/api/v1/suitability-checks/nope/acknowledgement",
                        "{\"channel\": \"ONLINE\", \"statement\": \"s\"}", "checkId"),
                Arguments.of("PUT", product, "{}", "name|riskLevel|productType|onSale"),
                Arguments.of("PUT", product, good.replace("R2", "R6"), "riskLevel"),
                Arguments.of("PUT", product, good.replace("SHORT", "FOREVER"), "horizon"),
                Arguments.of("PUT", product, good.replace("true", "\"true\""), "onSale"),
                Arguments.of("PUT", product, good.replace(", \"onSale\": true", ""), "onSale"),
                Arguments.of("PUT", product, good.replace("\"产品\"", "\"\""), "name\\.zh"),
                Arguments.of("PUT", product, good.replace("{\"zh\": \"产品\", \"en\": \"Product\"}", "\"P\""), "name"),
                Arguments.of("PUT", product, good.replace("FUND", "F".repeat(300)), "productType"),
                Arguments.of("PUT", product, good.replace("}", ", \"price\": 1}").replaceFirst(", \"price\": 1}", "}"),
                        "price"),
                Arguments.of("PUT", "/api/v1/products/a%20b", good, "productCode"),
                Arguments.of("POST", rescore, "{}", "toVersion"),
                Arguments.of("POST", rescore, "{\"toVersion\": \"../../etc/passwd\"}", "toVersion"),
                Arguments.of("POST", rescore, "{\"toVersion\": 2}", "toVersion"));
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("suitabilityCases")
    void suitabilityProductAndRescoreBadInputIsA400NamingTheField(String method, String path, String body,
                                                                  String field) throws Exception {
        Response r = given().contentType("application/json").body(body).request(method, path);
        assertEquals(400, r.statusCode(), method + " " + path + " " + body + " → " + r.asString());
        assertEquals("application/problem+json", r.contentType().replaceAll(";.*", ""));
        List<String> named = new ArrayList<>();
        JSON.readTree(r.asString()).path("errors").forEach(err -> named.add(err.path("field").asText()));
        assertTrue(named.stream().anyMatch(f -> f.matches(field)), "expected " + field + ", got " + named);
    }

    /**
     * docs/domain.md#service-needs and #recommendations: method, path, raw body (null for a GET), the field a 400
     * must name (a regex).
     */
    static Stream<Arguments> needsCases() {
        String needs = "/api/v1/clients/C1/service-needs";
        String reminder = "{\"content\": \"STRATEGY\", \"channel\": \"WECHAT\", \"frequency\": \"WEEKLY\"}";
        String manyReminders = "{\"reminders\": [" + String.join(", ", java.util.Collections.nCopies(36, reminder))
                + "]}";
        String manyTopics = "{\"consultation\": {\"topics\": [" + String.join(", ",
                java.util.Collections.nCopies(11, "\"t\"")) + "]}}";
        String thirteen = "{\"requirements\": {\"MUST\": [" + String.join(", ", java.util.Collections.nCopies(13,
                "\"PRIVACY\"")) + "]}}";
        return Stream.of(
                Arguments.of("PUT", needs, "{\"emotionalNeeds\": [\"HAPPY\"]}", "emotionalNeeds\\[0\\]"),
                Arguments.of("PUT", needs, "{\"emotionalNeeds\": [\"RESPECT\", \"RESPECT\"]}", "emotionalNeeds\\[1\\]"),
                Arguments.of("PUT", needs, "{\"emotionalNeeds\": \"RESPECT\"}", "emotionalNeeds"),
                Arguments.of("PUT", needs, "{\"emotionalNeeds\": [null]}", "emotionalNeeds\\[0\\]"),
                Arguments.of("PUT", needs, "{\"informationStyle\": \"LOUD\"}", "informationStyle"),
                Arguments.of("PUT", needs, "{\"decisionStyle\": 1}", "decisionStyle"),
                Arguments.of("PUT", needs, "{\"horizon\": \"FOREVER\"}", "horizon"),
                Arguments.of("PUT", needs, "{\"orientation\": \"\"}", "orientation"),
                Arguments.of("PUT", needs, "{\"orientation\": \"" + SQL + "\"}", "orientation"),
                Arguments.of("PUT", needs, "{\"reminders\": [" + reminder.replace("STRATEGY", "GOSSIP") + "]}",
                        "reminders\\[0\\]\\.content"),
                Arguments.of("PUT", needs, "{\"reminders\": [" + reminder.replace("WECHAT", "FAX") + "]}",
                        "reminders\\[0\\]\\.channel"),
                Arguments.of("PUT", needs, "{\"reminders\": [" + reminder.replace("WEEKLY", "HOURLY") + "]}",
                        "reminders\\[0\\]\\.frequency"),
                Arguments.of("PUT", needs, "{\"reminders\": [{\"content\": \"STRATEGY\", \"channel\": \"SMS\"}]}",
                        "reminders\\[0\\]\\.frequency"),
                Arguments.of("PUT", needs, "{\"reminders\": [" + reminder + ", " + reminder.replace("WEEKLY", "DAILY")
                        + "]}", "reminders\\[1\\]"),
                Arguments.of("PUT", needs, "{\"reminders\": [null]}", "reminders\\[0\\]"),
                Arguments.of("PUT", needs, "{\"reminders\": [" + reminder.replace("}", ", \"x\": 1}") + "]}",
                        "reminders\\[0\\]\\.x"),
                Arguments.of("PUT", needs, manyReminders, "reminders"),
                Arguments.of("PUT", needs, manyTopics, "consultation\\.topics"),
                Arguments.of("PUT", needs, "{\"consultation\": {\"topics\": [\" \"]}}", "consultation\\.topics\\[0\\]"),
                Arguments.of("PUT", needs, "{\"consultation\": {\"topics\": [\"a\\u0000b\"]}}",
                        "consultation\\.topics\\[0\\]"),
                Arguments.of("PUT", needs, "{\"consultation\": {\"topics\": [\"" + "x".repeat(201) + "\"]}}",
                        "consultation\\.topics\\[0\\]"),
                Arguments.of("PUT", needs, "{\"consultation\": {\"channel\": \"FAX\"}}", "consultation\\.channel"),
                Arguments.of("PUT", needs, "{\"consultation\": {\"advisorId\": \"a b\"}}", "consultation\\.advisorId"),
                Arguments.of("PUT", needs, "{\"consultation\": \"VISIT\"}", "consultation"),
                Arguments.of("PUT", needs, "{\"requirements\": {\"MUST\": [\"PRIVACY\"], \"DELIGHT\": [\"PRIVACY\"]}}",
                        "requirements\\.DELIGHT"),
                Arguments.of("PUT", needs, "{\"requirements\": {\"NICE\": [\"PRIVACY\"]}}", "requirements\\.NICE"),
                Arguments.of("PUT", needs, "{\"requirements\": {\"MUST\": [\"WEALTH\"]}}", "requirements\\.MUST\\[0\\]"),
                Arguments.of("PUT", needs, "{\"requirements\": {\"MUST\": \"PRIVACY\"}}", "requirements.*"),
                Arguments.of("PUT", needs, "{\"requirements\": [\"PRIVACY\"]}", "requirements"),
                Arguments.of("PUT", needs, thirteen, "requirements\\.MUST"),
                Arguments.of("PUT", needs, "{\"secondaryPersonality\": \"GRUMPY\"}", "secondaryPersonality"),
                Arguments.of("PUT", needs, "{\"secondaryInvestorAttitude\": \"LAZY\"}", "secondaryInvestorAttitude"),
                Arguments.of("PUT", needs, "{\"shoeSize\": 42}", "shoeSize"),
                Arguments.of("PUT", needs, "[]", "body"),
                Arguments.of("PUT", needs, "null", "body"),
                Arguments.of("PUT", needs, "", "body"),
                Arguments.of("PUT", needs, "{\"horizon\": ", "body"),
                Arguments.of("PUT", "/api/v1/clients/a%20b/service-needs", "{\"horizon\": \"LONG\"}", "clientId"),
                Arguments.of("GET", needs + "?asOf=yesterday", null, "asOf"),
                Arguments.of("GET", "/api/v1/clients/a%20b/service-needs", null, "clientId"),
                Arguments.of("GET", "/api/v1/clients/a%20b/service-needs/suggested", null, "clientId"),
                Arguments.of("GET", "/api/v1/clients/a%20b/recommendations", null, "clientId"));
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("needsCases")
    void needsAndRecommendationsBadInputIsA400NamingTheField(String method, String path, String body, String field)
            throws Exception {
        RequestSpecification req = given();
        if (body != null) {
            req = req.contentType("application/json").body(body);
        }
        Response r = req.request(method, path);
        assertEquals(400, r.statusCode(), method + " " + path + " " + body + " → " + r.asString());
        assertEquals("application/problem+json", r.contentType().replaceAll(";.*", ""));
        List<String> named = new ArrayList<>();
        JSON.readTree(r.asString()).path("errors").forEach(err -> named.add(err.path("field").asText()));
        assertTrue(named.stream().anyMatch(f -> f.matches(field)), "expected " + field + ", got " + named);
    }

    @Test
    void aStaleOrMalformedIfMatchOnNeedsIsRefused() {
        given().contentType("application/json").header("If-Match", "\"abc\"").body("{\"horizon\": \"LONG\"}")
                .put("/api/v1/clients/C1/service-needs").then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItem("If-Match"));
    }

    // --- case builders -------------------------------------------------------------------------

    private static void raw(List<Case> all, Endpoint e, String name, String body, String field) {
        all.add(new Case(name, e, body.getBytes(StandardCharsets.UTF_8), "C1", Map.of(), "application/json", field));
    }

    /** The fields whose values are tried: every answer or rating shape for the collections, else each field. */
    private static List<String> fields(Endpoint e) {
        return switch (e.name) {
            case "risk-assessments" -> List.of("answers", "answers.age", "answers.maxLossPercent", "answers.employment");
            case "service-surveys" -> List.of("ratings", "ratings.T1", "ratings.T1.expectation", "ratings.E4.perception");
            case "household" -> List.of("maritalStatus", "age", "youngestChildAge", "childrenIndependent", "retired");
            default -> List.of(e.good.keySet().iterator().next());
        };
    }

    private static Case withValue(Endpoint e, String field, Object value, String what) throws Exception {
        Map<String, Object> body = e.with(field, value);
        if (acceptable(e, field, value)) {
            return null;
        }
        return new Case(field + " " + what, e, json(body).getBytes(StandardCharsets.UTF_8), "C1", Map.of(),
                "application/json", field.replace(".", "\\.") + "(\\..*)?");
    }

    /** The few values that are legitimately accepted: optional household fields left out or null. */
    private static boolean acceptable(Endpoint e, String field, Object value) {
        boolean optional = e.name.equals("household")
                && List.of("youngestChildAge", "childrenIndependent", "retired").contains(field);
        if (optional && (value == REMOVE || value == null)) {
            return true;
        }
        // a boolean field given a boolean is fine
        return e.name.equals("household") && List.of("childrenIndependent", "retired").contains(field)
                && value instanceof Boolean;
    }

    /** The JSON text of the field's good value, to splice raw number literals in its place. */
    private static String valueJson(Endpoint e, String field) throws Exception {
        Object v = get(e.good, field);
        return "\"" + field.replaceAll(".*\\.", "") + "\":" + JSON.writeValueAsString(v);
    }

    /** Numbers that are in range where they are given (a 17 % loss, a child of 17, -0 = 0). */
    private static boolean acceptsNumber(String field, String number) {
        boolean inRange = number.equals("17") || number.equals("-0");
        return inRange && (field.equals("answers.maxLossPercent") || field.equals("youngestChildAge"));
    }

    private static Object get(Map<String, Object> body, String path) {
        Object at = body;
        for (String p : path.split("\\.")) {
            at = ((Map<?, ?>) at).get(p);
        }
        return at;
    }

    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> body, String path, Object value) {
        String[] parts = path.split("\\.");
        Map<String, Object> at = body;
        for (int i = 0; i < parts.length - 1; i++) {
            Object next = at.get(parts[i]);
            if (!(next instanceof Map)) {
                return;
            }
            at = (Map<String, Object>) next;
        }
        if (value == REMOVE) {
            at.remove(parts[parts.length - 1]);
        } else {
            at.put(parts[parts.length - 1], value);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> copy(Map<String, Object> m) {
        Map<String, Object> c = new LinkedHashMap<>();
        m.forEach((k, v) -> c.put(k, v instanceof Map ? copy((Map<String, Object>) v) : v));
        return c;
    }

    private static String json(Object o) throws Exception {
        return JSON.writeValueAsString(o);
    }

    private static String printable(String s) {
        String shown = s.length() > 20 ? s.substring(0, 8) + "…(" + s.length() + " chars)" : s;
        StringBuilder b = new StringBuilder();
        shown.codePoints().forEach(cp -> b.append(cp < 0x20 || cp == 0x202E ? String.format("\\u%04X", cp)
                : new String(Character.toChars(cp))));
        return "'" + b + "'";
    }

    // --- raw HTTP, for header values an HTTP client library would refuse or re-encode -------------

    private static boolean needsRawSocket(Case c) {
        return c.headers.values().stream().anyMatch(v -> v.chars().anyMatch(ch -> ch < 0x20 || ch > 0x7E))
                || refusedBeforeTheBody(c);
    }

    /**
     * A request the server refuses from its head — a body over the limit (413), a path longer than the request
     * line may be (414) — is answered and the connection closed while the client may still be writing the body:
     * a client that sends it blindly sees a broken pipe now and then instead of the answer (more often on a busy
     * machine). Such a body is offered with {@code Expect: 100-continue}, as a well-behaved HTTP client does, and
     * sent only if asked for.
     */
    private static boolean refusedBeforeTheBody(Case c) {
        return bodyOverLimit(c) || c.clientId.length() > 4096;
    }

    private static boolean bodyOverLimit(Case c) {
        return c.body != null && c.body.length > 64 * 1024;
    }

    /** Sends the request byte for byte (headers in UTF-8) and returns status, content type and body. */
    private static String[] rawRequest(Case c) throws Exception {
        String token = Api.bearer("test-manager", "manager", null);
        ByteArrayOutputStream req = new ByteArrayOutputStream();
        String head = c.endpoint.method + " " + c.endpoint.path.replace("{id}", c.clientId) + " HTTP/1.1\r\n"
                + "Host: localhost\r\nAuthorization: " + token + "\r\nContent-Type: " + c.contentType + "\r\n"
                + "Content-Length: " + c.body.length + "\r\nConnection: close\r\n";
        req.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        for (Map.Entry<String, String> h : c.headers.entrySet()) {
            req.writeBytes((h.getKey() + ": " + h.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        if (refusedBeforeTheBody(c)) {
            req.writeBytes("Expect: 100-continue\r\n".getBytes(StandardCharsets.UTF_8));
        }
        req.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        try (Socket s = new Socket("localhost", RestAssured.port)) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            InputStream in = new BufferedInputStream(s.getInputStream());
            out.write(req.toByteArray());
            out.flush();
            if (!refusedBeforeTheBody(c) || interimContinue(in)) {
                out.write(c.body);
                out.flush();
            }
            String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String status = answer.split(" ", 3)[1];
            String type = answer.lines().takeWhile(l -> !l.isEmpty())
                    .filter(l -> l.toLowerCase().startsWith("content-type:")).map(l -> l.substring(13).trim())
                    .findFirst().orElse("");
            int split = answer.indexOf("\r\n\r\n");
            String body = split < 0 ? "" : answer.substring(split + 4);
            if (answer.toLowerCase().contains("transfer-encoding: chunked")) {
                body = body.substring(body.indexOf("\r\n") + 2, body.lastIndexOf("\r\n0\r\n"));
            }
            return new String[] {status, type, body};
        }
    }

    /** Reads the answer to {@code Expect: 100-continue}: true for "100 Continue" (consumed), false for a final one. */
    private static boolean interimContinue(InputStream in) throws Exception {
        in.mark(64);
        byte[] start = in.readNBytes(12); // "HTTP/1.1 100"
        if (!new String(start, StandardCharsets.US_ASCII).endsWith(" 100")) {
            in.reset();
            return false;
        }
        int crlfs = 0;
        for (int b; crlfs < 2 && (b = in.read()) >= 0; ) {
            crlfs = b == '\n' ? crlfs + 1 : b == '\r' ? crlfs : 0;
        }
        return true;
    }
}
