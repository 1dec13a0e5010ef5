package dev.kehu.retention.client;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.kehu.eventstore.CloudEvents;
import dev.kehu.eventstore.EventCodec;
import dev.kehu.eventstore.OutboxMessage;
import dev.kehu.eventstore.StoredEvent;
import dev.kehu.eventstore.runtime.EventStoreConfig;
import dev.kehu.retention.domain.client.ClientEvent.ChurnAlertRaised;
import dev.kehu.retention.domain.signal.RiskLevel;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The churn alert as it is published (docs/contract.md, {@code retention.churn-alerts}), built from
 * the stored event: its id is the alert's and its time the alert's, so a replay publishes the same
 * CloudEvent.
 */
@ApplicationScoped
public class AlertMessages {

    public static final String ALERTS_TOPIC = "retention.churn-alerts";
    public static final String ALERT_TYPE = "retention.churn-alert.raised.v1";

    record AlertSignal(String kind, Instant occurredAt, int weight, String detail) {
    }

    record AlertData(String alertId, String clientId, int riskScore, RiskLevel riskLevel, List<AlertSignal> signals,
                     String taskId, Instant raisedAt) {
    }

    private final EventCodec codec;
    private final String source;

    public AlertMessages(EventCodec codec, EventStoreConfig config) {
        this.codec = codec;
        this.source = config.source();
    }

    public OutboxMessage alert(StoredEvent stored, String correlationId) {
        ChurnAlertRaised a = stored.as(ChurnAlertRaised.class);
        List<AlertSignal> signals = a.signals().stream()
                .map(s -> new AlertSignal(s.kind().name(), s.occurredAt(), s.weight(), s.detail())).toList();
        AlertData data = new AlertData(a.alertId(), a.clientId(), a.riskScore(), a.riskLevel(), signals, a.taskId(),
                a.raisedAt());
        return CloudEvents.binary(ALERTS_TOPIC, source, ALERT_TYPE, a.clientId(), UUID.fromString(a.alertId()),
                a.raisedAt(), codec.toJson(data), correlationId);
    }
}
