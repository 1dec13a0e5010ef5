package dev.kehu.profiling;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.kehu.eventstore.EventStore;
import dev.kehu.eventstore.Projection;
import dev.kehu.eventstore.Projections;
import dev.kehu.eventstore.ReadModels;
import dev.kehu.eventstore.StoredEvent;
import dev.kehu.profiling.client.ClientProfileProjection;
import dev.kehu.eventstore.runtime.Db;
import dev.kehu.testsupport.AdminJobs;
import dev.kehu.testsupport.KafkaAndPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;

/** Profile facets, the as-of profile, reassessments due, and read-model rebuilds, on real PostgreSQL. */
@QuarkusTest
@QuarkusTestResource(value = KafkaAndPostgresResource.class,
        initArgs = @ResourceArg(name = "database", value = "profiling"))
class ProfileFlowTest {

    @Inject
    Db db;

    @Inject
    EventStore store;

    @Inject
    Projections projections;

    @Inject
    ClientProfileProjection profiles;

    @Test
    void facetsAreRecordedWithTheirDerivedStagesAndSourceTexts() {
        String client = Api.newClientId();
        Api.put(client, "household", Map.of("maritalStatus", "MARRIED", "age", 38, "youngestChildAge", 4,
                "retired", false)).then().statusCode(200)
                .body("household.lifeCycleStage.code", equalTo("FULL_NEST_I"))
                .body("household.lifeCycleStage.labels.zh", equalTo("满巢期（I）"))
                .body("household.lifeCycleStage.traits.en", equalTo(
                        "Youngest child under 6. Buying a home and many necessities, often short of purchasing power; "
                                + "interested in new products and in advertised ones."))
                .body("household.lifePhase.code", equalTo("ESTABLISHMENT"))
                .body("household.lifePhase.financialFocus.en", equalTo("Buying a home"))
                .body("latestAssessment", nullValue());
        Api.put(client, "social-background", Map.of("background", "BUSINESS_OWNER")).then().statusCode(200)
                .body("socialBackground.code", equalTo("BUSINESS_OWNER"))
                .body("socialBackground.labels.zh", equalTo("私人事业"));
        Api.put(client, "personality", Map.of("personality", "POWERFUL")).then().statusCode(200)
                .body("personality.guidance.en", hasItem("Answer at once"));
        Api.put(client, "investor-attitude", Map.of("group", "CAREER")).then().statusCode(200)
                .body("investorAttitude.code", equalTo("CAREER"))
                .body("version", equalTo(4));
        // the same value again records nothing
        Api.put(client, "personality", Map.of("personality", "POWERFUL")).then().statusCode(200)
                .body("version", equalTo(4));
        given().get("/api/v1/clients/{id}/profile", client).then().statusCode(200)
                .header("ETag", equalTo("\"4\""))
                .body("clientId", equalTo(client))
                .body("household.maritalStatus", equalTo("MARRIED"))
                .body("personality.code", equalTo("POWERFUL"))
                .body("asOf", nullValue());
    }

    @Test
    void aFacetChangeWithAStaleIfMatchIsRefusedWith409() {
        String client = Api.newClientId();
        Api.put(client, "personality", Map.of("personality", "POPULAR")).then().statusCode(200)
                .header("ETag", equalTo("\"1\""));
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(Map.of("group", "STEADY"))
                .put("/api/v1/clients/{id}/investor-attitude", client).then().statusCode(200)
                .header("ETag", equalTo("\"2\""));
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(Map.of("group", "TRENDY"))
                .put("/api/v1/clients/{id}/investor-attitude", client).then().statusCode(409)
                .contentType("application/problem+json")
                .body("currentVersion", equalTo(2));
        given().contentType(ContentType.JSON).header("If-Match", "yesterday").body(Map.of("group", "TRENDY"))
                .put("/api/v1/clients/{id}/investor-attitude", client).then().statusCode(400)
                .body("errors.field", hasItem("If-Match"));
        given().get("/api/v1/clients/{id}/profile", client).then().statusCode(200)
                .body("investorAttitude.code", equalTo("STEADY"));
    }

    @Test
    void badFacetValuesAreProblemsNamingTheField() {
        String client = Api.newClientId();
        Api.put(client, "household", Map.of("maritalStatus", "ENGAGED", "age", 12)).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("maritalStatus")).body("errors.field", hasItem("age"));
        Api.put(client, "household", Map.of("maritalStatus", "MARRIED", "age", 40, "childrenIndependent", true))
                .then().statusCode(400).body("errors.field", hasItem("childrenIndependent"));
        Api.put(client, "household", Map.of("maritalStatus", "MARRIED", "age", "forty")).then().log().ifValidationFails()
                .statusCode(400)
                .body("errors.field", hasItem("age"));
        Api.put(client, "personality", Map.of("personality", "GRUMPY")).then().statusCode(400)
                .body("errors.field", hasItem("personality"));
        Api.put(client, "social-background", Map.of()).then().statusCode(400)
                .body("errors.field", hasItem("background"));
        Api.put(client, "investor-attitude", Map.of("group", "steady")).then().statusCode(400)
                .body("errors.field", hasItem("group"));
        given().get("/api/v1/clients/{id}/profile", client).then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/api/v1/clients/{id}/profile?asOf=yesterday", client).then().statusCode(400)
                .body("errors.field", hasItem("asOf"));
        given().get("/api/v1/clients/{id}/profile?asOf=+100000000-01-01T00:00:00Z", client).then().statusCode(400)
                .body("errors.field", hasItem("asOf"));
        given().get("/api/v1/risk-assessments/due?before=2026-02-30").then().statusCode(400)
                .body("errors.field", hasItem("before"));
        given().contentType(ContentType.JSON).body("{\"maritalStatus\": \"SINGLE\", \"age\": 99999999999}")
                .put("/api/v1/clients/{id}/household", client).then().statusCode(400)
                .contentType("application/problem+json");
        given().contentType(ContentType.TEXT).body("SINGLE").put("/api/v1/clients/{id}/household", client).then()
                .statusCode(415).contentType("application/problem+json");
    }

    @Test
    void theAsOfProfileIsTheProfileAsItStoodBeforeTheReassessment() {
        String client = Api.newClientId();
        String first = Api.submit(client, Api.typicalAnswers()).then().statusCode(201).extract().path("assessmentId");
        Api.put(client, "personality", Map.of("personality", "PEACEFUL")).then().statusCode(200);
        Instant between = Instant.now();
        Map<String, Object> older = Api.typicalAnswers();
        older.put("age", 70);
        String second = Api.submit(client, older).then().statusCode(201).extract().path("assessmentId");
        Api.put(client, "personality", Map.of("personality", "PERFECT")).then().statusCode(200);

        JsonPath before = given().get("/api/v1/clients/{id}/profile?asOf={t}", client, between.toString()).then()
                .statusCode(200).extract().jsonPath();
        JsonPath now = given().get("/api/v1/clients/{id}/profile", client).then().statusCode(200).extract().jsonPath();
        assertEquals(first, before.getString("latestAssessment.assessmentId"));
        assertEquals(between.toString(), before.getString("asOf"));
        assertEquals(1, before.getInt("assessmentCount"));
        assertEquals("PEACEFUL", before.getString("personality.code"));
        assertEquals(2, before.getInt("version"));
        assertEquals(second, now.getString("latestAssessment.assessmentId"));
        assertEquals(2, now.getInt("assessmentCount"));
        assertEquals("PERFECT", now.getString("personality.code"));
        assertNotEquals(before.getInt("latestAssessment.capacity.score"), now.getInt("latestAssessment.capacity.score"));

        // the fold of the whole stream is the live read model
        JsonPath folded = given().get("/api/v1/clients/{id}/profile?asOf={t}", client, Instant.now().plusSeconds(1)
                .toString()).then().statusCode(200).extract().jsonPath();
        Map<String, Object> live = now.getMap("");
        Map<String, Object> rebuilt = folded.getMap("");
        live.remove("asOf");
        rebuilt.remove("asOf");
        assertEquals(live, rebuilt);

        given().get("/api/v1/clients/{id}/profile?asOf=2000-01-01", client).then().statusCode(404);
    }

    @Test
    void clientsWhoseAssessmentExpiresBeforeADateAreListedForAdvisors() {
        String client = Api.newClientId();
        Api.submit(client, Api.typicalAnswers()).then().statusCode(201);
        JsonPath profile = given().get("/api/v1/clients/{id}/profile", client).then().statusCode(200)
                .body("reassessmentDue", equalTo(false)).extract().jsonPath();
        Instant validUntil = Instant.parse(profile.getString("validUntil"));
        String dayAfter = validUntil.atZone(java.time.ZoneId.of("Asia/Shanghai")).toLocalDate().plusDays(1).toString();

        List<String> due = dueClients(dayAfter);
        assertEquals(true, due.contains(client));
        assertFalse(dueClients(validUntil.toString()).contains(client), "valid until is not before itself");
        given().get("/api/v1/risk-assessments/due?before={d}&size=100", dayAfter).then().statusCode(200)
                .body("items.find { it.clientId == '" + client + "' }.capacityBand", equalTo("MEDIUM_HIGH"));
        given().get("/api/v1/risk-assessments/due").then().statusCode(400).body("errors.field", hasItem("before"));
        given().get("/api/v1/risk-assessments/due?before=soon").then().statusCode(400);
    }

    private static List<String> dueClients(String before) {
        List<String> all = new ArrayList<>();
        int page = 0;
        while (true) {
            JsonPath p = given().get("/api/v1/risk-assessments/due?before={b}&size=100&page={p}", before, page).then()
                    .statusCode(200).body("size", equalTo(100)).extract().jsonPath();
            List<String> ids = p.getList("items.clientId");
            all.addAll(ids);
            if (ids.size() < 100) {
                return all;
            }
            page++;
        }
    }

    @Test
    void rebuiltReadModelsEqualTheLiveOnes() throws Exception {
        String client = Api.newClientId();
        Api.submit(client, Api.typicalAnswers()).then().statusCode(201);
        Api.put(client, "household", Map.of("maritalStatus", "WIDOWED", "age", 70, "youngestChildAge", 40,
                "childrenIndependent", true, "retired", true)).then().statusCode(200)
                .body("household.lifeCycleStage.code", equalTo("SOLITARY_RETIRED"));
        // a product (its code names the client, so its rows do) changed once, and an acknowledged mismatch
        String product = "P-" + client;
        Api.putProduct(product, "R2", true).then().statusCode(201);
        Api.putProduct(product, "R5", true).then().statusCode(200);
        String check = given().contentType("application/json").body(Map.of("productCode", product))
                .post("/api/v1/clients/{id}/suitability-checks", client).then().statusCode(201).extract().path("checkId");
        given().contentType("application/json").body(Map.of("channel", "IN_PERSON", "statement", "understood"))
                .post("/api/v1/suitability-checks/{id}/acknowledgement", check).then().statusCode(200);
        for (Projection p : projections.all()) {
            List<String> live = db.inNewTransaction(c -> ReadModels.snapshot(c, p));
            if (!p.name().equals("service-surveys")) {
                assertTrue(live.stream().anyMatch(row -> row.contains(client)), p.name() + " holds the client");
            }
            db.inNewTransaction(c -> projections.rebuild(c, store, p));
            assertEquals(live, db.inNewTransaction(c -> ReadModels.snapshot(c, p)), p.name());
        }
        JsonPath rebuilt = AdminJobs.succeeded(given().post("/api/v1/admin/projections/client-profile/rebuild"));
        assertThat(rebuilt.getLong("eventsApplied"), greaterThan(0L));
        given().get("/api/v1/clients/{id}/profile", client).then().statusCode(200)
                .body("household.lifeCycleStage.code", equalTo("SOLITARY_RETIRED"))
                .body("assessmentCount", equalTo(1));
    }

    /**
     * A rebuild holds folded profiles across pages and writes each once; past its limit it writes what it holds
     * and reads a profile back when a later page touches it. Small pages and a limit of two take every path.
     */
    @Test
    void aRebuildFoldingAcrossPagesWithFewStatesHeldEqualsTheLiveProfiles() throws Exception {
        for (int i = 0; i < 3; i++) {
            String client = Api.newClientId();
            Api.put(client, "social-background", Map.of("background", "BUSINESS_OWNER")).then().statusCode(200);
            Api.submit(client, Api.typicalAnswers()).then().statusCode(201);
            Api.put(client, "household", Map.of("maritalStatus", "MARRIED", "age", 40 + i, "youngestChildAge", 4,
                    "retired", false)).then().statusCode(200);
        }
        List<String> live = db.inNewTransaction(c -> ReadModels.snapshot(c, profiles));
        db.inNewTransaction(c -> {
            profiles.reset(c);
            Projection.Rebuild rebuild = profiles.rebuilding(c, 2);
            long position = 0;
            for (List<StoredEvent> page; !(page = store.readAll(c, position, 3)).isEmpty(); ) {
                position = page.get(page.size() - 1).position();
                rebuild.apply(page.stream().filter(e -> profiles.handles(e.type())).toList());
            }
            rebuild.finish();
            return null;
        });
        assertEquals(live, db.inNewTransaction(c -> ReadModels.snapshot(c, profiles)));
    }
}
