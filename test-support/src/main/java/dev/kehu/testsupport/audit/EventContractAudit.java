package dev.kehu.testsupport.audit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

import dev.kehu.testsupport.KafkaTestClient;

/**
 * Holds what went over the test broker against the repository's JSON Schemas (issue 12), so that the
 * documents cannot drift from the code:
 * <ul>
 * <li>every event a service published conforms to the schema of its type;</li>
 * <li>of what a service consumed (below its group's committed offset), every record it accepted conforms,
 * and every record it dead-lettered with a whole envelope (id, type, data) does not — a dead-letter the
 * schema would let through means the schema promises more than the consumer takes.</li>
 * </ul>
 */
public final class EventContractAudit implements AutoCloseable {

    /** What one sweep checked (records by type, or by verdict) and what did not hold. */
    public record Report(Map<String, Integer> checked, List<String> failures) {

        /** The sweeps of several brokers as one. */
        public static Report merge(List<Report> reports) {
            Map<String, Integer> checked = new TreeMap<>();
            List<String> failures = new ArrayList<>();
            for (Report r : reports) {
                r.checked().forEach((k, v) -> checked.merge(k, v, Integer::sum));
                failures.addAll(r.failures());
            }
            return new Report(checked, failures);
        }
    }

    private final String bootstrap;
    private final Admin admin;
    private final EventSchemas schemas = EventSchemas.ofRepository();

    public EventContractAudit(String bootstrap) {
        this.bootstrap = bootstrap;
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap));
    }

    public Report published(List<String> topics) {
        Map<String, Integer> checked = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        for (String topic : topics) {
            for (ConsumerRecord<String, String> r : readAll(topic)) {
                CloudEventRecord event = CloudEventRecord.of(r);
                checked.merge(String.valueOf(event.type()), 1, Integer::sum);
                if (!event.hasEnvelope() || !schemas.has(event.type())) {
                    failures.add(event.where() + ": no CloudEvents envelope or no schema for its type");
                    continue;
                }
                List<String> violations = schemas.violations(event.type(), event.data());
                if (!violations.isEmpty()) {
                    failures.add(event.where() + " violates its schema: " + violations + " in " + event.data());
                }
            }
        }
        return new Report(checked, failures);
    }

    public Report consumed(List<String> topics) {
        Map<TopicPartition, Long> committed = committedOffsets();
        Map<String, Integer> checked = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        for (String topic : topics) {
            Map<String, String> deadLettered = deadLetters(topic);
            for (ConsumerRecord<String, String> r : readAll(topic)) {
                if (r.offset() >= committed.getOrDefault(new TopicPartition(topic, r.partition()), 0L)) {
                    continue; // never consumed: no verdict to hold against the schema
                }
                CloudEventRecord event = CloudEventRecord.of(r);
                String reason = deadLettered.get(r.partition() + "@" + r.offset());
                String verdict = verdict(event, reason, failures);
                checked.merge(topic + " " + verdict, 1, Integer::sum);
            }
        }
        return new Report(checked, failures);
    }

    private String verdict(CloudEventRecord event, String deadLetterReason, List<String> failures) {
        boolean judgeable = event.hasEnvelope() && schemas.has(event.type());
        if (deadLetterReason != null) {
            if (judgeable && schemas.violations(event.type(), event.data()).isEmpty()) {
                failures.add(event.where() + " was dead-lettered (" + deadLetterReason
                        + ") yet conforms to its schema: " + event.data());
            }
            return judgeable ? "dead-lettered, violates its schema" : "dead-lettered, envelope incomplete";
        }
        if (!judgeable) {
            failures.add(event.where() + " was accepted without a whole envelope or a schema for its type");
            return "accepted without a schema";
        }
        List<String> violations = schemas.violations(event.type(), event.data());
        if (!violations.isEmpty()) {
            failures.add(event.where() + " was accepted yet violates its schema: " + violations + " in " + event.data());
        }
        return "accepted, conforms";
    }

    /** Origin ({@code partition@offset}) to reason, of the dead-letters copied from {@code topic}. */
    private Map<String, String> deadLetters(String topic) {
        Map<String, String> byOrigin = new HashMap<>();
        for (ConsumerRecord<String, String> d : readAll(topic + ".dlq")) {
            if (topic.equals(KafkaTestClient.header(d, "dead-letter-topic"))) {
                byOrigin.put(KafkaTestClient.header(d, "dead-letter-partition") + "@"
                        + KafkaTestClient.header(d, "dead-letter-offset"), KafkaTestClient.header(d, "dead-letter-reason"));
            }
        }
        return byOrigin;
    }

    /** Per partition, the furthest offset any consumer group has committed. */
    private Map<TopicPartition, Long> committedOffsets() {
        Map<TopicPartition, Long> furthest = new HashMap<>();
        try {
            for (ConsumerGroupListing group : admin.listConsumerGroups().all().get()) {
                Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(group.groupId())
                        .partitionsToOffsetAndMetadata().get();
                offsets.forEach((tp, o) -> {
                    if (o != null) {
                        furthest.merge(tp, o.offset(), Math::max);
                    }
                });
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
        return furthest;
    }

    private List<ConsumerRecord<String, String>> readAll(String topic) {
        Map<String, Object> c = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        List<ConsumerRecord<String, String>> all = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(c, new StringDeserializer(),
                new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("could not read " + topic + " to its end");
                }
                consumer.poll(Duration.ofMillis(200)).forEach(all::add);
            }
        }
        return all;
    }

    @Override
    public void close() {
        admin.close();
    }
}
