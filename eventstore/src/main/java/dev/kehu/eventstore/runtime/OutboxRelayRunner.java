package dev.kehu.eventstore.runtime;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.jboss.logging.Logger;

import dev.kehu.eventstore.EventCodec;
import dev.kehu.eventstore.OutboxRelay;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Runs the {@link OutboxRelay} on a thread of its own for the life of the service. Its producer is
 * configured like the service's consumers: from every {@code kafka.*} property (as Quarkus merges
 * them under {@code @Identifier("default-kafka-broker")}), so a security protocol, SASL or TLS set
 * there applies to the relay too; the relay's delivery settings are laid over them
 * ({@link OutboxRelay#producerConfig}). An admin client on the same settings tells the relay whether a
 * topic a send found no metadata for exists, so messages for a missing topic are parked after
 * {@code kehu.eventstore.relay.missing-topic-grace} rather than held for ever.
 */
@ApplicationScoped
public class OutboxRelayRunner {

    private static final Logger LOG = Logger.getLogger(OutboxRelayRunner.class);

    private final Db db;
    private final EventCodec codec;
    private final EventStoreConfig config;
    private final Map<String, Object> kafkaConfig;
    private final KehuMetrics metrics;
    private final RelayWakeUp wakeUp;
    private final AtomicReference<String> lastError = new AtomicReference<>();
    /** When the relay's current run of failures began, null while it publishes. */
    private volatile Instant failingSince;
    private volatile boolean running;
    private Thread thread;
    private KafkaProducer<String, byte[]> producer;
    private Admin admin;

    public OutboxRelayRunner(Db db, EventCodec codec, EventStoreConfig config,
                             @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig,
                            KehuMetrics metrics, RelayWakeUp wakeUp) {
        this.db = db;
        this.wakeUp = wakeUp;
        this.metrics = metrics;
        this.codec = codec;
        this.config = config;
        this.kafkaConfig = kafkaConfig;
    }

    void start(@Observes StartupEvent event) {
        if (!config.relay().enabled()) {
            LOG.info("outbox relay disabled on this instance");
            return;
        }
        String clientId = "outbox-relay" + config.source().replace('/', '-');
        producer = OutboxRelay.producer(kafkaConfig, clientId);
        admin = Admin.create(adminConfig(kafkaConfig, clientId + "-admin"));
        OutboxRelay relay = new OutboxRelay(db.dataSource(), producer, codec.mapper(), config.relay().batchSize(),
                metrics, OutboxRelay.TopicCheck.admin(admin, Duration.ofSeconds(10)), config.relay().missingTopicGrace());
        running = true;
        thread = new Thread(() -> loop(relay), "outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    /** The shared Kafka settings an admin client knows (connection, security), nothing producer- or consumer-only. */
    static Map<String, Object> adminConfig(Map<String, Object> kafka, String clientId) {
        Map<String, Object> admin = new HashMap<>();
        kafka.forEach((k, v) -> {
            if (AdminClientConfig.configNames().contains(k)) {
                admin.put(k, v);
            }
        });
        admin.put(AdminClientConfig.CLIENT_ID_CONFIG, clientId);
        return admin;
    }

    private void loop(OutboxRelay relay) {
        Duration backoff = Duration.ofMillis(100);
        while (running) {
            try {
                int published = relay.relayOnce();
                lastError.set(null);
                failingSince = null;
                backoff = Duration.ofMillis(100);
                if (published == 0) {
                    // woken by a local commit that wrote to the outbox; the poll finds other instances' rows
                    wakeUp.await(config.relay().idleWait());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                if (!running) {
                    return;
                }
                if (failingSince == null) {
                    failingSince = Instant.now();
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
                backoff = KafkaBatches.doubled(backoff, config.relay().maxBackoff());
            }
        }
    }

    /** The relay's last failure, null while it runs cleanly. */
    public String lastError() {
        return lastError.get();
    }

    /** How long the relay has been failing without a success in between; zero while it publishes. */
    public Duration failingFor() {
        Instant since = failingSince;
        return since == null ? Duration.ZERO : Duration.between(since, Instant.now());
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
        if (admin != null) {
            admin.close(Duration.ofSeconds(5));
        }
    }
}
