package dev.kehu.profiling;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.kehu.eventstore.EventMetadata;
import dev.kehu.eventstore.EventStore;
import dev.kehu.eventstore.StoredEvent;
import dev.kehu.eventstore.runtime.Db;
import dev.kehu.profiling.domain.client.ClientDecider;
import dev.kehu.testsupport.AdminJobs;
import dev.kehu.testsupport.KafkaAndPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;

/** Every event a request causes names the token's subject and role and the request's correlation id. */
@QuarkusTest
@QuarkusTestResource(value = KafkaAndPostgresResource.class,
        initArgs = @ResourceArg(name = "database", value = "profiling"))
class AuditTest {

    @Inject
    Db db;

    @Inject
    EventStore store;

    @Test
    void eventsAndHistoriesShowWhoDidEachStep() {
        String client = Api.newClientId();
        String assessment = given().header("Authorization", Api.bearer("alice", "advisor", null))
                .header("X-Correlation-Id", "corr-123").contentType(ContentType.JSON)
                .body(Map.of("answers", Api.typicalAnswers())).post("/api/v1/clients/{id}/risk-assessments", client)
                .then().statusCode(201)
                .body("recordedBy.actor", equalTo("alice"))
                .body("recordedBy.role", equalTo("advisor"))
                .extract().path("assessmentId");
        given().header("Authorization", Api.bearer("bob", "manager", null)).header("X-Correlation-Id", "corr-456")
                .contentType(ContentType.JSON).body(Map.of("personality", "PERFECT"))
                .put("/api/v1/clients/{id}/personality", client).then().statusCode(200)
                .body("personality.recordedBy.actor", equalTo("bob"))
                .body("personality.recordedBy.role", equalTo("manager"));
        given().header("Authorization", Api.bearer("app-" + client, "client", client))
                .contentType(ContentType.JSON).body(Map.of("ratings", Api.fullRatings()))
                .post("/api/v1/clients/{id}/service-surveys", client).then().statusCode(201)
                .body("recordedBy.actor", equalTo("app-" + client))
                .body("recordedBy.role", equalTo("client"));

        List<StoredEvent> events = db.inNewTransaction(c -> store.readStream(c, ClientDecider.streamId(client)));
        assertEquals(3, events.size());
        assertEquals(new EventMetadata("corr-123", "corr-123", "alice", "advisor"), events.get(0).metadata());
        assertEquals("corr-456", events.get(1).metadata().correlationId());
        assertEquals("bob", events.get(1).metadata().actor());
        assertEquals("manager", events.get(1).metadata().actorRole());
        assertEquals("app-" + client, events.get(2).metadata().actor());
        assertEquals("client", events.get(2).metadata().actorRole());
        // the same, straight from the table an auditor would query
        List<String> rows = db.inNewTransaction(c -> {
            try (var ps = c.prepareStatement("select metadata->>'actor', metadata->>'actorRole', "
                    + "metadata->>'correlationId' from es_event where stream_id = ? order by version")) {
                ps.setString(1, ClientDecider.streamId(client));
                try (var rs = ps.executeQuery()) {
                    rs.next();
                    return List.of(rs.getString(1), rs.getString(2), rs.getString(3));
                }
            }
        });
        assertEquals(List.of("alice", "advisor", "corr-123"), rows);

        given().get("/api/v1/clients/{id}/risk-assessments", client).then().statusCode(200)
                .body("items[0].assessmentId", equalTo(assessment))
                .body("items[0].recordedBy.actor", equalTo("alice"))
                .body("items[0].recordedBy.role", equalTo("advisor"));
        given().get("/api/v1/clients/{id}/risk-assessments/{a}", client, assessment).then().statusCode(200)
                .body("recordedBy.actor", equalTo("alice"));
        given().get("/api/v1/clients/{id}/service-surveys", client).then().statusCode(200)
                .body("items[0].recordedBy.role", equalTo("client"));
        for (String asOf : new String[] {null, "2100-01-01T00:00:00Z"}) {
            var req = given().header("Authorization", Api.bearer("carol", "auditor", null));
            if (asOf != null) {
                req = req.queryParam("asOf", asOf);
            }
            req.get("/api/v1/clients/{id}/profile", client).then().statusCode(200)
                    .body("latestAssessment.recordedBy.actor", equalTo("alice"))
                    .body("latestAssessment.recordedBy.role", equalTo("advisor"))
                    .body("personality.recordedBy.actor", equalTo("bob"))
                    .body("latestServiceSurvey.recordedBy.actor", equalTo("app-" + client));
        }
        // the read models rebuilt from the events keep the recorder
        AdminJobs.succeeded(given().post("/api/v1/admin/projections/risk-assessments/rebuild"));
        given().get("/api/v1/clients/{id}/risk-assessments", client).then().statusCode(200)
                .body("items[0].recordedBy.actor", equalTo("alice"));
    }
}
