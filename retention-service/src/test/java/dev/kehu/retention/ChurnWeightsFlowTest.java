package dev.kehu.retention;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.kehu.eventstore.runtime.Db;
import dev.kehu.retention.churn.ChurnHistoryQueries;
import dev.kehu.testsupport.KafkaAndPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;

/**
 * The learned churn weights end to end on the real broker (docs/domain.md#learned-weights): a year of signals and
 * outcomes through the account feed → a fit job → its evidence → adoption → the next signal carries the adopted
 * weight, an earlier score stands, and a rebuild of every read model gives the same scores. The database is the
 * one every test class shares: the history is complaints and service shortfalls (no alert, no task) in a past
 * year, and the adopted weights are taken back at the end, so the other classes score with the configured ones.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaAndPostgresResource.class,
        initArgs = @ResourceArg(name = "database", value = "retention"))
class ChurnWeightsFlowTest extends FedByKafka {

    static final Duration WAIT = Duration.ofSeconds(90);

    @Inject
    ChurnHistoryQueries history;

    @Inject
    Db db;

    Map<String, Instant> churnedAt() {
        return db.inNewTransaction(c -> history.churnedAt());
    }

    /** Back to version 1 for the test classes after this one; a deployment goes back by adopting an earlier fit. */
    void forgetAdoptions() {
        db.inNewTransaction(c -> {
            try (var st = c.createStatement()) {
                st.executeUpdate("delete from es_event where stream_id = 'churn-weights'");
                st.executeUpdate("delete from es_stream where stream_id = 'churn-weights'");
            }
            return null;
        });
    }

    /** A past year no other test writes signals in, so the fit sees only this history. */
    static final Instant YEAR = Instant.parse("2023-01-02T02:00:00Z");

    record Client(String id, String kind, Instant at, boolean churns) {
    }

    private static int i(Client c) {
        return c.id().hashCode() & 0x7fffffff;
    }

    static JsonPath awaitJob(String location) {
        await().atMost(WAIT).until(() -> List.of("SUCCEEDED", "FAILED").contains(given().get(location).then()
                .statusCode(200).extract().path("status")));
        return given().get(location).then().extract().jsonPath();
    }

    static int score(String client) {
        return given().get("/api/v1/clients/" + client + "/churn-risk").then().statusCode(200).extract()
                .path("riskScore");
    }

    @Test
    void outcomesToAFitToAnAdoptionThatLaterSignalsUseAndEarlierScoresKeep() {
        // a complaint came before leaving far more often (70%) than a poor service survey (20%) in this branch,
        // though both weigh 20 today
        Random random = new Random(27);
        List<Client> history = new ArrayList<>();
        for (int i = 0; i < 240; i++) {
            String kind = i % 2 == 0 ? "COMPLAINT" : "SERVICE_SHORTFALL";
            boolean churns = random.nextDouble() < (kind.equals("COMPLAINT") ? 0.7 : 0.2);
            history.add(new Client(Feeds.newClient("fit"), kind, YEAR.plus(Duration.ofHours(30L * i)), churns));
        }
        for (Client c : history) {
            if (c.churns()) {
                feeds.accountEvent(c.id(), i(c) % 4 == 0 ? "ACCOUNT_CLOSED" : "TRANSFER_OUT_COMPLETED",
                        c.at().plus(Duration.ofDays(20)), null);
            }
            if (c.kind().equals("COMPLAINT")) {
                feeds.accountEvent(c.id(), "COMPLAINT_FILED", c.at(), null);
            } else {
                feeds.survey(c.id(), c.at(), "-1.5");
            }
        }
        for (Client c : history) {
            // asked at once: after the first client the rest are there, and a poll delay each would cost 240 of them
            await().pollDelay(Duration.ZERO).atMost(WAIT).until(() -> given().queryParam("asOf", c.at().plusSeconds(1).toString())
                    .get("/api/v1/clients/" + c.id() + "/churn-risk").then().extract().statusCode() == 200
                    && given().queryParam("asOf", c.at().plusSeconds(1).toString())
                    .get("/api/v1/clients/" + c.id() + "/churn-risk").then().extract().<Integer>path("riskScore") > 0);
        }
        long churned = history.stream().filter(Client::churns).count();
        await().atMost(WAIT).until(() -> churnedAt().keySet().containsAll(history.stream().filter(Client::churns)
                .map(Client::id).toList()));

        // a period without history: the job FAILS saying why, and its fit cannot be adopted
        String failedAt = given().contentType("application/json")
                .body("{\"from\":\"2021-01-01\",\"to\":\"2021-12-31\"}").post("/api/v1/admin/churn-model/fits")
                .then().statusCode(202).extract().header("Location");
        JsonPath failedJob = awaitJob(failedAt);
        assertEquals("FAILED", failedJob.getString("status"));
        assertTrue(failedJob.getString("error").contains("too few observation points"), failedJob.getString("error"));
        String failedFit = failedJob.getString("jobId");
        given().get("/api/v1/churn-model/fits/" + failedFit).then().statusCode(200).body("status", equalTo("FAILED"))
                .body("error", containsString("too few observation points"));
        given().post("/api/v1/churn-model/fits/" + failedFit + "/adoption").then().statusCode(409)
                .contentType("application/problem+json");
        given().post("/api/v1/churn-model/fits/" + UUID.randomUUID() + "/adoption").then().statusCode(404)
                .contentType("application/problem+json");

        // the fit on the year
        String location = given().contentType("application/json")
                .body("{\"from\":\"2023-01-01\",\"to\":\"2023-12-31\",\"horizonDays\":90}")
                .post("/api/v1/admin/churn-model/fits").then().statusCode(202).extract().header("Location");
        JsonPath job = awaitJob(location);
        assertEquals("SUCCEEDED", job.getString("status"), job.getString("error"));
        String fitId = job.getString("jobId");
        JsonPath fit = given().get("/api/v1/churn-model/fits/" + fitId).then().statusCode(200).extract().jsonPath();
        assertEquals("SUCCEEDED", fit.getString("status"));
        assertEquals("2023-01-01", fit.getString("period.from"));
        assertEquals(240, fit.getInt("observations"));
        assertEquals(churned, fit.getLong("churned"));
        assertEquals(192, fit.getInt("trainingPoints"));
        assertEquals(48, fit.getInt("holdoutPoints"));
        Map<String, Object> complaint = coefficient(fit, "COMPLAINT");
        Map<String, Object> shortfall = coefficient(fit, "SERVICE_SHORTFALL");
        assertTrue(((Number) complaint.get("coefficient")).doubleValue()
                > ((Number) shortfall.get("coefficient")).doubleValue(), fit.prettify());
        int learned = (Integer) complaint.get("learnedWeight");
        assertTrue(learned > 20, "the complaint should weigh more than the configured 20: " + complaint);
        assertEquals(0, shortfall.get("learnedWeight"), "a poor survey came before few churns here");
        assertEquals(20, complaint.get("configuredWeight"));
        assertEquals(2, ((List<?>) complaint.get("interval95")).size());
        assertEquals(false, coefficient(fit, "NEGLECT").get("learned"));
        assertTrue(fit.getDouble("holdout.auc") > 0.6, fit.prettify());
        // today both weigh 20: the configured weights cannot tell the points apart
        assertEquals(0.5, fit.getDouble("holdout.aucOfConfiguredWeights"), 1e-9);
        assertEquals(48, fit.getList("holdout.calibration.count", Integer.class).stream().mapToInt(i -> i).sum());
        given().get("/api/v1/churn-model/fits").then().statusCode(200).body("items.fitId", hasItem(fitId))
                .body("items.fitId", hasItem(failedFit));

        // a score before the adoption, with the configured weight
        String before = Feeds.newClient("before");
        feeds.accountEvent(before, "COMPLAINT_FILED", Instant.now().minusSeconds(3600), null);
        await().atMost(WAIT).until(() -> given().get("/api/v1/clients/" + before + "/churn-risk").statusCode() == 200);
        assertEquals(20, score(before));

        try {
            adoptAndScore(fitId, learned, before);
        } finally {
            forgetAdoptions();
        }
        assertEquals(1, given().get("/api/v1/churn-weights").then().statusCode(200).extract().<Integer>path("version"));
    }

    private void adoptAndScore(String fitId, int learned, String before) {
        JsonPath adopted = given().post("/api/v1/churn-model/fits/" + fitId + "/adoption").then().statusCode(201)
                .extract().jsonPath();
        assertEquals(2, adopted.getInt("version"));
        assertEquals(learned, adopted.getInt("weights.COMPLAINT"));
        assertEquals(fitId, adopted.getString("fitId"));
        assertEquals(0, adopted.getInt("weights.SERVICE_SHORTFALL"), "a learned weight of 0 is adopted as 0");
        assertEquals(20, adopted.getInt("weights.NEGLECT"), "a kind the fit could not learn keeps its weight");
        given().post("/api/v1/churn-model/fits/" + fitId + "/adoption").then().statusCode(409);
        JsonPath weights = given().get("/api/v1/churn-weights").then().statusCode(200).extract().jsonPath();
        assertEquals(2, weights.getInt("version"));
        assertEquals(List.of(2, 1), weights.getList("history.version", Integer.class));
        assertEquals(20, weights.getInt("history[1].weights.COMPLAINT"));
        assertEquals(2, given().get("/api/v1/churn-model/fits/" + fitId).then().extract().<Integer>path("adoptedAsVersion"));

        // the next signal carries the adopted weight; the earlier score stands
        String after = Feeds.newClient("after");
        feeds.accountEvent(after, "COMPLAINT_FILED", Instant.now().minusSeconds(3600), null);
        await().atMost(WAIT).until(() -> given().get("/api/v1/clients/" + after + "/churn-risk").statusCode() == 200);
        assertEquals(Math.min(100, learned), score(after));
        assertNotEquals(score(before), score(after));
        assertEquals(20, score(before));

        // a rebuild of every read model from the log gives the same scores
        String rebuild = given().post("/api/v1/admin/projections/rebuild").then().statusCode(202).extract()
                .header("Location");
        assertEquals("SUCCEEDED", awaitJob(rebuild).getString("status"));
        assertEquals(20, score(before));
        assertEquals(Math.min(100, learned), score(after));
        given().get("/api/v1/churn-model/fits").then().statusCode(200).body("items.fitId", hasItem(fitId));
    }

    /** A CPR task closed LOST is a churn at its closing, as an outcome from the back office is at its time. */
    @Test
    void aTaskClosedLostAndABackOfficeOutcomeAreBothChurns() {
        String lost = Feeds.newClient("lost");
        String closed = Feeds.newClient("closed");
        Instant closedAt = Instant.parse("2024-05-06T03:00:00Z");
        feeds.accountEvent(closed, "ACCOUNT_CLOSED", closedAt.plusSeconds(86_400), null);
        feeds.accountEvent(closed, "ACCOUNT_CLOSED", closedAt, null);
        feeds.accountEvent(lost, "TRANSFER_OUT_REQUESTED", Instant.now().minusSeconds(600), null);
        String taskId = RetentionFlowTest.openTaskOf(lost).getString("items[0].taskId");
        for (String[] step : List.of(new String[] {"comprehension", "{\"reasonCategory\":\"PRICE_AND_PRODUCT\","
                        + "\"trigger\":\"fees\",\"driver\":\"a rival's offer\",\"rootCause\":\"fees\"}"},
                new String[] {"proposal", "{\"steps\":[{\"level\":1,\"action\":\"fee discount\"}]}"},
                new String[] {"response", "{\"answer\":\"DECLINED\"}"},
                new String[] {"close", "{\"outcome\":\"LOST\"}"})) {
            given().contentType("application/json").body(step[1]).post("/api/v1/retention-tasks/" + taskId + "/"
                    + step[0]).then().statusCode(200);
        }
        Instant lostAt = Instant.parse(given().get("/api/v1/retention-tasks/" + taskId).then().statusCode(200)
                .extract().<String>path("closedAt"));
        await().atMost(WAIT).until(() -> closedAt.equals(churnedAt().get(closed)));
        Map<String, Instant> churned = churnedAt();
        // the read model keeps microseconds
        assertTrue(Duration.between(lostAt, churned.get(lost)).abs().toNanos() < 1000, lostAt + " vs " + churned.get(lost));
        assertEquals(closedAt, churned.get(closed), "the first of two outcomes");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> coefficient(JsonPath fit, String kind) {
        return (Map<String, Object>) fit.getList("coefficients", Map.class).stream()
                .filter(c -> kind.equals(c.get("kind"))).findFirst().orElseThrow();
    }
}
