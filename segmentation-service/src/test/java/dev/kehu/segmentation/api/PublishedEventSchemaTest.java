package dev.kehu.segmentation.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;


import dev.kehu.testsupport.KafkaAndPostgresResource;
import dev.kehu.testsupport.KafkaTestClient;
import dev.kehu.testsupport.audit.EventSchemas;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Issue 12: what the service publishes on {@code segmentation.segment-changed} is what the repository's
 * JSON Schema ({@code docs/schemas/segmentation.segment.changed.v1.schema.json}) says, so the document cannot
 * drift from the code. A first classification (previousSegment null) and a change are both checked, and a
 * message with one wrong field is shown to fail the same schema.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaAndPostgresResource.class,
        initArgs = @ResourceArg(name = "database", value = "segmentation"))
class PublishedEventSchemaTest {

    static final String TYPE = "segmentation.segment.changed.v1";
    static final Duration WAIT = Duration.ofSeconds(40);

    static KafkaTestClient kafka;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @AfterAll
    static void closeKafka() {
        if (kafka != null) {
            kafka.close();
        }
    }

    @Test
    void everyPublishedSegmentChangeMatchesItsJsonSchemaAndAWrongFieldDoesNot() {
        kafka = new KafkaTestClient(bootstrap);
        String client = "schema-" + UUID.randomUUID();
        kafka.sendCloudEvent("backoffice.balances", "backoffice.balance.reported.v1", client, "{\"clientId\":\""
                + client + "\",\"accountId\":\"A1\",\"asOf\":\"2026-03-31\",\"totalAssets\":1000000.00,\"cash\":0,"
                + "\"marketValue\":1000000.00}");
        awaitSegment(client, "MEDIUM_STATIC");
        kafka.sendCloudEvent("backoffice.trades", "backoffice.trade.executed.v1", client, "{\"tradeId\":\"T1\","
                + "\"clientId\":\"" + client + "\",\"accountId\":\"A1\",\"executedAt\":\"2026-03-30T02:00:00Z\","
                + "\"side\":\"SELL\",\"symbol\":\"600036\",\"quantity\":1000,\"price\":2500,\"amount\":2500000}");
        awaitSegment(client, "MEDIUM_SHORT_TERM");

        List<ConsumerRecord<String, String>> published = kafka.awaitForKey("segmentation.segment-changed", client, 2,
                WAIT);
        assertEquals(2, published.size());
        EventSchemas schemas = EventSchemas.ofRepository();
        for (ConsumerRecord<String, String> r : published) {
            assertEquals(TYPE, KafkaTestClient.header(r, "ce_type"));
            assertEquals(List.of(), schemas.violations(TYPE, r.value()), r.value());
        }
        assertTrue(published.get(0).value().contains("\"previousSegment\":null"), published.get(0).value());

        // the schema has teeth: one wrong field (an unknown size, a missing asOf, assets as text) fails it
        String good = published.get(1).value();
        for (String bad : List.of(good.replace("\"size\":\"MEDIUM\"", "\"size\":\"HUGE\""),
                good.replaceFirst(",\"asOf\":\"[0-9-]+\"", ""),
                good.replaceFirst("\"averageAssets\":([0-9.]+)", "\"averageAssets\":\"$1\""))) {
            assertFalse(bad.equals(good), "the mutation applied");
            assertFalse(schemas.violations(TYPE, bad).isEmpty(), bad + " passed the schema");
        }
    }

    private static void awaitSegment(String client, String segment) {
        await().atMost(WAIT).pollInterval(Duration.ofMillis(100)).until(() -> {
            var response = given().get("/api/v1/clients/{id}/segment", client);
            return response.statusCode() == 200 && segment.equals(response.jsonPath().getString("segment"));
        });
    }
}
