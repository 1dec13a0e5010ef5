package dev.kehu.eventstore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** How the relay's producer settings lie over the service's shared Kafka settings. */
class RelayProducerConfigTest {

    @Test
    void theSharedSecurityAndTuningSettingsPassThrough() {
        Map<String, Object> shared = Map.of(
                "bootstrap.servers", "kafka-1:9093",
                "security.protocol", "SASL_SSL",
                "sasl.mechanism", "SCRAM-SHA-512",
                "sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required;",
                "ssl.truststore.location", "/etc/kafka/truststore.p12",
                "linger.ms", "20");

        Map<String, Object> config = OutboxRelay.producerConfig(shared, "outbox-relay-x");

        assertEquals("kafka-1:9093", config.get("bootstrap.servers"));
        assertEquals("SASL_SSL", config.get("security.protocol"));
        assertEquals("SCRAM-SHA-512", config.get("sasl.mechanism"));
        assertEquals("/etc/kafka/truststore.p12", config.get("ssl.truststore.location"));
        assertEquals("20", config.get("linger.ms"), "the service's tuning wins over the relay's default");
        assertEquals("lz4", config.get("compression.type"), "the relay's default where the service says nothing");
        assertEquals("outbox-relay-x", config.get("client.id"));
    }

    @Test
    void theRelaysDeliveryGuaranteesWinAndConsumerSettingsAreLeftOut() {
        Map<String, Object> shared = new HashMap<>();
        shared.put("bootstrap.servers", "localhost:9092");
        shared.put("acks", "1");
        shared.put("enable.idempotence", "false");
        shared.put("max.in.flight.requests.per.connection", "20");
        shared.put("value.serializer", "org.apache.kafka.common.serialization.StringSerializer");
        shared.put("group.id", "retention-service");

        Map<String, Object> config = OutboxRelay.producerConfig(shared, "outbox-relay-y");

        assertEquals("all", config.get("acks"));
        assertEquals("true", config.get("enable.idempotence"));
        assertEquals("5", config.get("max.in.flight.requests.per.connection"));
        assertEquals("org.apache.kafka.common.serialization.ByteArraySerializer", config.get("value.serializer"));
        assertFalse(config.containsKey("group.id"));
        assertEquals("1", shared.get("acks"), "the shared settings are not changed");
    }

    @Test
    void withoutBootstrapServersThereIsNoRelay() {
        assertThrows(IllegalArgumentException.class, () -> OutboxRelay.producerConfig(Map.of("acks", "1"), "r"));
    }
}
