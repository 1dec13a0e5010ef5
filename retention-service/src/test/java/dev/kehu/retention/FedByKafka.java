package dev.kehu.retention;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;

import dev.kehu.testsupport.KafkaTestClient;

/** An integration test that feeds the service through the real broker: one Kafka client per test class. */
abstract class FedByKafka {

    static KafkaTestClient kafka;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    Feeds feeds;

    @BeforeEach
    void connect() {
        if (kafka == null) {
            kafka = new KafkaTestClient(bootstrap);
        }
        feeds = new Feeds(kafka);
    }

    @AfterAll
    static void closeKafka() {
        if (kafka != null) {
            kafka.close();
            kafka = null;
        }
    }
}
