package dev.kehu.eventstore.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import dev.kehu.eventstore.CloudEvents;
import dev.kehu.eventstore.Outbox;
import dev.kehu.testsupport.KafkaTestClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.common.annotation.Identifier;
import jakarta.inject.Inject;

/**
 * The relay as a service runs it: configured by nothing but the {@code kafka.*} properties (here a
 * SASL/PLAIN login), which Quarkus hands it as {@code @Identifier("default-kafka-broker")}; a message
 * written to the outbox reaches the topic through the SASL listener.
 */
@QuarkusTest
@QuarkusTestResource(value = SaslKafkaResource.class, restrictToAnnotatedClass = true)
class RelayOnQuarkusKafkaConfigTest {

    private static final String TOPIC = "test.relay.wired";

    @Inject
    Db db;

    @Inject
    Outbox outbox;

    @Inject
    OutboxRelayRunner relay;

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    @Test
    void theRelayPublishesThroughTheSaslListenerConfiguredByKafkaProperties() {
        assertEquals("SASL_PLAINTEXT", kafkaConfig.get("security.protocol"));
        assertEquals(SaslKafkaResource.broker.saslBootstrapServers(), kafkaConfig.get("bootstrap.servers"));
        SaslKafkaResource.broker.createTopics(List.of(TOPIC), 1);

        db.inNewTransaction(c -> {
            outbox.enqueue(c, CloudEvents.binary(TOPIC, "/eventstore-test", "test.wired.v1", "C-W1", UUID.randomUUID(),
                    Instant.now(), "{\"clientId\":\"C-W1\"}", "corr-w1"));
            return null;
        });

        try (KafkaTestClient reader = new KafkaTestClient(SaslKafkaResource.broker.bootstrapServers())) {
            List<ConsumerRecord<String, String>> records = reader.readUntil(TOPIC, Duration.ofSeconds(30),
                    all -> !all.isEmpty());
            assertEquals(1, records.size());
            assertEquals("C-W1", records.get(0).key());
            assertEquals("test.wired.v1", KafkaTestClient.header(records.get(0), "ce_type"));
        }
        assertNull(relay.lastError());
    }
}
