package dev.kehu.eventstore.runtime;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import dev.kehu.eventstore.EventCodec;
import dev.kehu.eventstore.OutboxRelay;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Runs the {@link OutboxRelay} on a thread of its own for the life of the service. */
@ApplicationScoped
public class OutboxRelayRunner {

    private static final Logger LOG = Logger.getLogger(OutboxRelayRunner.class);

    private final Db db;
    private final EventCodec codec;
    private final EventStoreConfig config;
    private final String bootstrapServers;
    private final AtomicReference<String> lastError = new AtomicReference<>();
    private volatile boolean running;
    private Thread thread;
    private KafkaProducer<String, byte[]> producer;

    public OutboxRelayRunner(Db db, EventCodec codec, EventStoreConfig config,
                             @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.db = db;
        this.codec = codec;
        this.config = config;
        this.bootstrapServers = bootstrapServers;
    }

    void start(@Observes StartupEvent event) {
        if (!config.relay().enabled()) {
            LOG.info("outbox relay disabled on this instance");
            return;
        }
        producer = new KafkaProducer<>(producerConfig(), new StringSerializer(), new ByteArraySerializer());
        OutboxRelay relay = new OutboxRelay(db.dataSource(), producer, codec.mapper(), config.relay().batchSize());
        running = true;
        thread = new Thread(() -> loop(relay), "outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    private Map<String, Object> producerConfig() {
        Map<String, Object> p = new HashMap<>();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        // idempotence keeps one partition's records in order across the producer's own retries
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        p.put(ProducerConfig.LINGER_MS_CONFIG, 2);
        p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000);
        p.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        p.put(ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay" + config.source().replace('/', '-'));
        return p;
    }

    private void loop(OutboxRelay relay) {
        Duration backoff = Duration.ofMillis(100);
        while (running) {
            try {
                int published = relay.relayOnce();
                lastError.set(null);
                backoff = Duration.ofMillis(100);
                if (published == 0) {
                    KafkaBatches.sleep(config.relay().idleWait());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                if (!running) {
                    return;
                }
                String message = e.getClass().getSimpleName() + ": " + e.getMessage();
                if (!message.equals(lastError.getAndSet(message))) {
                    LOG.warnf("outbox relay paused: %s; retrying", message);
                }
                try {
                    KafkaBatches.sleep(backoff);
                } catch (IllegalStateException interrupted) {
                    return;
                }
                backoff = backoff.multipliedBy(2).compareTo(config.relay().maxBackoff()) < 0
                        ? backoff.multipliedBy(2) : config.relay().maxBackoff();
            }
        }
    }

    /** The relay's last failure, null while it runs cleanly. */
    public String lastError() {
        return lastError.get();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }
}
