package dev.kehu.eventstore.runtime;

import java.time.Duration;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import dev.kehu.eventstore.Outbox;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Ready while the event store answers and the outbox relay publishes: DOWN when the database does
 * not answer, and when the relay has failed to publish for longer than
 * {@code kehu.outbox.publish-failure-grace} (default 60 s) while messages wait. UP again as soon as
 * the relay publishes. Reports the backlog, the age of its oldest message and the relay's last error.
 */
@Readiness
@ApplicationScoped
public class OutboxHealthCheck implements HealthCheck {

    private final Db db;
    private final OutboxRelayRunner relay;
    private final Duration grace;

    public OutboxHealthCheck(Db db, OutboxRelayRunner relay,
                             @ConfigProperty(name = "kehu.outbox.publish-failure-grace", defaultValue = "60s")
                             Duration grace) {
        this.db = db;
        this.relay = relay;
        this.grace = grace;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder builder = HealthCheckResponse.named("event-store");
        Duration failing = relay.failingFor();
        try {
            Outbox.Backlog backlog = db.call(Outbox::backlog);
            builder.withData("outboxBacklog", backlog.messages())
                    .withData("outboxOldestAgeSeconds", (long) backlog.oldestAgeSeconds());
            if (backlog.messages() > 0 && failing.compareTo(grace) > 0) {
                builder.down().withData("relayFailingSeconds", failing.toSeconds());
            } else {
                builder.up();
            }
        } catch (RuntimeException e) {
            builder.down().withData("error", String.valueOf(e.getMessage()));
        }
        String relayError = relay.lastError();
        if (relayError != null) {
            builder.withData("relayError", relayError);
        }
        return builder.build();
    }
}
