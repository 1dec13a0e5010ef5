package dev.kehu.profiling;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterAll;

import dev.kehu.testsupport.KafkaTestClient;

/** An integration test that reads what the service published from the real broker: one Kafka client per test class. */
abstract class ReadsKafka {

    private static KafkaTestClient kafka;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    KafkaTestClient kafka() {
        if (kafka == null) {
            kafka = new KafkaTestClient(bootstrap);
        }
        return kafka;
    }

    @AfterAll
    static void closeKafka() {
        if (kafka != null) {
            kafka.close();
            kafka = null;
        }
    }
}
