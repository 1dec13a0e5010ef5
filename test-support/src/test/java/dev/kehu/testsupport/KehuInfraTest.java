package dev.kehu.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class KehuInfraTest {

    @Test
    void brokerCarriesAMessageAndPostgresAnswersSql() throws Exception {
        KehuInfra infra = KehuInfra.get();
        assertTrue(infra.kafka().topics().containsAll(Topics.withDeadLetters()));

        String bootstrap = infra.kafka().bootstrapServers();
        try (var producer = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers", bootstrap),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>("backoffice.trades", "C1", "hello")).get();
        }
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of("bootstrap.servers", bootstrap,
                "group.id", "infra-test", "auto.offset.reset", "earliest"),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of("backoffice.trades"));
            String value = null;
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (value == null && System.nanoTime() < deadline) {
                ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(500));
                for (var r : records) {
                    value = r.value();
                }
            }
            assertEquals("hello", value);
        }

        infra.postgres().createDatabase("infra_test");
        try (Connection c = infra.postgres().dataSource("infra_test").getConnection();
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select current_database(), 6 * 7")) {
            rs.next();
            assertEquals("infra_test", rs.getString(1));
            assertEquals(42, rs.getInt(2));
        }
    }
}
