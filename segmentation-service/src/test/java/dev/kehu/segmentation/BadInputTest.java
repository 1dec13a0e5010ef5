package dev.kehu.segmentation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.both;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.lessThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import dev.kehu.eventstore.DeadLetters;
import dev.kehu.testsupport.KafkaAndPostgresResource;
import dev.kehu.testsupport.KafkaTestClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Bad input tried for real on both consumed topics and the REST queries: every bad message lands
 * in its dead-letter topic with the reason, good ones keep flowing, no request gets a 5xx.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaAndPostgresResource.class,
        initArgs = @ResourceArg(name = "database", value = "segmentation"))
class BadInputTest {

    private static final String TRADES = "backoffice.trades";
    private static final String BALANCES = "backoffice.balances";
    private static final String TRADE = "backoffice.trade.executed.v1";
    private static final String BALANCE = "backoffice.balance.reported.v1";
    private static final Duration WAIT = Duration.ofSeconds(60);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    /** One bad message: where it goes, what it carries, what the dead-letter reason must say. */
    record Case(String topic, String type, String client, String value, String reason) {
    }

    private static String trade(String client, String overrides) {
        String base = "\"tradeId\":\"" + UUID.randomUUID() + "\",\"clientId\":\"" + client + "\",\"accountId\":\"A1\","
                + "\"executedAt\":\"2026-03-31T02:00:00Z\",\"side\":\"BUY\",\"symbol\":\"600519\",\"quantity\":100,"
                + "\"price\":10.5,\"amount\":1050";
        return "{" + base + overrides + "}";
    }

    private static String balance(String client, String asOf, String total) {
        return "{\"clientId\":\"" + client + "\",\"accountId\":\"A1\",\"asOf\":\"" + asOf + "\",\"totalAssets\":" + total
                + ",\"cash\":0,\"marketValue\":" + total + "}";
    }

    @Test
    void everyBadMessageIsDeadLetteredWithItsReasonAndGoodOnesKeepFlowing() {
        String run = UUID.randomUUID().toString().substring(0, 6);
        List<Case> cases = List.of(
                new Case(TRADES, TRADE, "bad-json-" + run, "{\"tradeId\": ", "value is not JSON"),
                new Case(TRADES, TRADE, "wrong-type-" + run, trade("wrong-type-" + run, ",\"amount\":\"lots\""),
                        "amount must be a number"),
                new Case(TRADES, TRADE, "missing-" + run, trade("missing-" + run, "").replace("\"tradeId\"", "\"tradeNo\""),
                        "tradeId is missing"),
                new Case(TRADES, TRADE, "negative-" + run, trade("negative-" + run, ",\"amount\":-5"),
                        "amount must be greater than 0"),
                new Case(TRADES, TRADE, "side-" + run, trade("side-" + run, ",\"side\":\"HOLD\""), "side"),
                new Case(TRADES, TRADE, "date-" + run, trade("date-" + run, ",\"executedAt\":\"yesterday\""), "executedAt"),
                new Case(TRADES, TRADE, "huge-" + run, trade("huge-" + run, ",\"symbol\":\"" + "X".repeat(200_000) + "\""),
                        "symbol"),
                new Case(TRADES, BALANCE, "wrong-type-ce-" + run, trade("wrong-type-ce-" + run, ""), "type"),
                new Case(TRADES, TRADE, "mismatch-" + run, trade("somebody-else", ""), "clientId"),
                new Case(TRADES, TRADE, "nul-\u0000-" + run, trade("nul-\\u0000-" + run, ""), ""),
                new Case(BALANCES, BALANCE, "neg-assets-" + run, balance("neg-assets-" + run, "2026-03-31", "-1"),
                        "totalAssets must not be negative"),
                new Case(BALANCES, BALANCE, "feb30-" + run, balance("feb30-" + run, "2026-02-30", "100"), "asOf"),
                new Case(BALANCES, BALANCE, "array-" + run, "[1,2,3]", "not a JSON object"));

        try (KafkaTestClient kafka = new KafkaTestClient(bootstrap)) {
            for (Case c : cases) {
                kafka.sendCloudEvent(c.topic(), UUID.randomUUID().toString(), c.type(), c.client(), c.value());
            }
            kafka.send(TRADES, "no-envelope-" + run, Map.of(), trade("no-envelope-" + run, ""));

            // good messages after all the bad ones, with odd but legal text, are still processed
            String injection = "x'); drop table es_event; --" + run;
            String unicode = "客户-Ωß-😀-\u202e-" + run;
            for (String client : List.of(injection, unicode)) {
                kafka.sendCloudEvent(BALANCES, BALANCE, client, balance(client, "2026-03-31", "700000").replace("\"cash\":0",
                        "\"cash\":0,\"unexpectedField\":{\"nested\":true}"));
            }

            for (Case c : cases) {
                List<ConsumerRecord<String, String>> dead = kafka.awaitForKey(c.topic() + ".dlq", c.client(), 1, WAIT);
                assertEquals(1, dead.size(), "no dead letter for " + c.client());
                String reason = KafkaTestClient.header(dead.get(0), DeadLetters.REASON);
                assertTrue(reason.contains(c.reason()), c.client() + ": " + reason);
                assertEquals(c.topic(), KafkaTestClient.header(dead.get(0), DeadLetters.TOPIC));
            }
            assertTrue(KafkaTestClient.header(kafka.awaitForKey(TRADES + ".dlq", "no-envelope-" + run, 1, WAIT).get(0),
                    DeadLetters.REASON).contains("not a CloudEvent"));

            for (String client : List.of(injection, unicode)) {
                org.awaitility.Awaitility.await().atMost(WAIT).untilAsserted(() -> given()
                        .get("/api/v1/clients/{id}/segment", client).then().statusCode(200)
                        .body("clientId", equalTo(client)).body("segment", equalTo("MEDIUM_STATIC")));
            }
        }
    }

    @Test
    void oddQueriesGetAFourHundredNeverAFiveHundred() {
        List<String> paths = new ArrayList<>(List.of(
                "/api/v1/clients/%00/segment",
                "/api/v1/clients/" + "x".repeat(3_000) + "/segment",
                "/api/v1/clients/'%20or%201=1--/segment",
                "/api/v1/clients/C1/segment-history?page=-1",
                "/api/v1/clients/C1/segment-history?size=100000",
                "/api/v1/clients/C1/segment-history?size=abc",
                "/api/v1/clients/C1/segment-history?page=99999999999999999999",
                "/api/v1/segments/summary/extra"));
        for (String path : paths) {
            given().urlEncodingEnabled(false).get(path).then()
                    .statusCode(both(greaterThanOrEqualTo(400)).and(lessThan(500)));
        }
    }
}
