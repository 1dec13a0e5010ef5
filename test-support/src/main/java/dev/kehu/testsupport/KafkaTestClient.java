package dev.kehu.testsupport;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Talks to the real broker in tests the way back-office feeds and downstream consumers do:
 * produces CloudEvents (binary or structured) and raw records, and reads topics from the start.
 */
public final class KafkaTestClient implements AutoCloseable {

    private final String bootstrapServers;
    private final KafkaProducer<String, String> producer;

    public KafkaTestClient(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
        Map<String, Object> p = new HashMap<>();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        this.producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer());
    }

    /** A CloudEvent in binary mode with a fresh id; returns the id. */
    public String sendCloudEvent(String topic, String type, String clientId, String dataJson) {
        String id = UUID.randomUUID().toString();
        sendCloudEvent(topic, id, type, clientId, dataJson);
        return id;
    }

    /** A CloudEvent in binary mode with the given id (send twice to test duplicates). */
    public void sendCloudEvent(String topic, String id, String type, String clientId, String dataJson) {
        send(topic, clientId, cloudEventHeaders(id, type, clientId), dataJson);
    }

    /** A CloudEvent in binary mode, to be sent with others by {@link #sendCloudEvents}. */
    public record Outgoing(String topic, String id, String type, String clientId, String dataJson) {
    }

    /**
     * CloudEvents in binary mode as a feed sends a burst: all handed to the producer, then every
     * acknowledgement awaited, instead of one round trip each. The idempotent producer keeps each key's
     * records in the order given, as sending them one by one would.
     */
    public void sendCloudEvents(List<Outgoing> events) {
        List<java.util.concurrent.Future<?>> acks = new ArrayList<>();
        for (Outgoing e : events) {
            acks.add(producer.send(record(e.topic(), e.clientId(), cloudEventHeaders(e.id(), e.type(), e.clientId()),
                    e.dataJson())));
        }
        for (java.util.concurrent.Future<?> ack : acks) {
            await(ack);
        }
    }

    /** A CloudEvent in binary mode in the trace of {@code traceparent} (a W3C Trace Context header); returns its id. */
    public String sendTracedCloudEvent(String topic, String type, String clientId, String dataJson, String traceparent) {
        String id = UUID.randomUUID().toString();
        Map<String, String> headers = cloudEventHeaders(id, type, clientId);
        headers.put("traceparent", traceparent);
        send(topic, clientId, headers, dataJson);
        return id;
    }

    private static Map<String, String> cloudEventHeaders(String id, String type, String clientId) {
        Map<String, String> headers = new HashMap<>();
        headers.put("ce_specversion", "1.0");
        headers.put("ce_id", id);
        headers.put("ce_source", "/test-feed");
        headers.put("ce_type", type);
        headers.put("ce_subject", clientId);
        headers.put("ce_time", Instant.now().toString());
        headers.put("content-type", "application/json");
        return headers;
    }

    /** A CloudEvent in structured mode: the whole envelope as the value. */
    public String sendStructuredCloudEvent(String topic, String type, String clientId, String dataJson) {
        String id = UUID.randomUUID().toString();
        String envelope = "{\"specversion\":\"1.0\",\"id\":\"" + id + "\",\"source\":\"/test-feed\",\"type\":\"" + type
                + "\",\"subject\":\"" + clientId + "\",\"time\":\"" + Instant.now() + "\","
                + "\"datacontenttype\":\"application/json\",\"data\":" + dataJson + "}";
        send(topic, clientId, Map.of("content-type", "application/cloudevents+json"), envelope);
        return id;
    }

    /** Any record, for poison messages. */
    public void send(String topic, String key, Map<String, String> headers, String value) {
        await(producer.send(record(topic, key, headers, value)));
    }

    private static ProducerRecord<String, String> record(String topic, String key, Map<String, String> headers,
                                                         String value) {
        RecordHeaders h = new RecordHeaders();
        headers.forEach((k, v) -> h.add(k, v.getBytes(StandardCharsets.UTF_8)));
        return new ProducerRecord<>(topic, null, key, value, h);
    }

    private static void await(java.util.concurrent.Future<?> ack) {
        try {
            ack.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * Reads the topic from the beginning until {@code until} holds for the records seen so far,
     * or the timeout passes; returns every record read.
     */
    public List<ConsumerRecord<String, String>> readUntil(String topic, Duration timeout,
                                                           Predicate<List<ConsumerRecord<String, String>>> until) {
        Map<String, Object> c = new HashMap<>();
        c.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        c.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        List<ConsumerRecord<String, String>> seen = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(c, new StringDeserializer(),
                new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).collect(Collectors.toList());
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
                if (until.test(seen)) {
                    return seen;
                }
            }
        }
        return seen;
    }

    /** Records of the topic whose header {@code name} equals {@code value}, read until {@code count} arrived. */
    public List<ConsumerRecord<String, String>> awaitWithHeader(String topic, String name, String value, int count,
                                                                 Duration timeout) {
        Predicate<ConsumerRecord<String, String>> match = r -> value.equals(header(r, name));
        return readUntil(topic, timeout, all -> all.stream().filter(match).count() >= count)
                .stream().filter(match).collect(Collectors.toList());
    }

    /** Records of the topic with the given key, read until {@code count} arrived. */
    public List<ConsumerRecord<String, String>> awaitForKey(String topic, String key, int count, Duration timeout) {
        Predicate<ConsumerRecord<String, String>> match = r -> key.equals(r.key());
        return readUntil(topic, timeout, all -> all.stream().filter(match).count() >= count)
                .stream().filter(match).collect(Collectors.toList());
    }

    public static String header(ConsumerRecord<?, ?> record, String name) {
        Header h = record.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
