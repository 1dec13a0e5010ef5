package dev.kehu.eventstore.runtime;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import jakarta.enterprise.context.ApplicationScoped;

/** Ready while the event store answers; reports the outbox backlog and the relay's last error. */
@Readiness
@ApplicationScoped
public class OutboxHealthCheck implements HealthCheck {

    private final Db db;
    private final OutboxRelayRunner relay;

    public OutboxHealthCheck(Db db, OutboxRelayRunner relay) {
        this.db = db;
        this.relay = relay;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder builder = HealthCheckResponse.named("event-store");
        try {
            long backlog = db.call(c -> {
                try (var s = c.createStatement(); var rs = s.executeQuery("select count(*) from es_outbox")) {
                    rs.next();
                    return rs.getLong(1);
                }
            });
            builder.up().withData("outboxBacklog", backlog);
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
