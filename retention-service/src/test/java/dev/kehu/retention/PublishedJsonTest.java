package dev.kehu.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.kehu.eventstore.EventCodec;
import dev.kehu.eventstore.EventMetadata;
import dev.kehu.eventstore.OutboxMessage;
import dev.kehu.eventstore.StoredEvent;
import dev.kehu.eventstore.runtime.EventStoreConfig;
import dev.kehu.retention.client.AlertMessages;
import dev.kehu.retention.domain.client.ClientEvent;
import dev.kehu.retention.domain.client.ClientEvent.ChurnAlertRaised;
import dev.kehu.retention.domain.signal.RiskLevel;
import dev.kehu.retention.domain.signal.Signal;
import dev.kehu.retention.domain.signal.SignalKind;
import dev.kehu.retention.domain.task.Codes.Outcome;
import dev.kehu.retention.domain.task.TaskEvent;
import dev.kehu.retention.domain.weights.Calibration;
import dev.kehu.retention.domain.weights.ChurnModelEvent;
import dev.kehu.retention.domain.weights.ChurnModelFit;
import dev.kehu.retention.domain.task.TaskEvent.TaskClosed;
import dev.kehu.retention.domain.task.TaskEvent.TaskOpened;
import dev.kehu.retention.domain.signal.TaskPriority;
import dev.kehu.retention.domain.task.TaskState;
import dev.kehu.retention.task.TaskMessages;

/** Pins the published JSON (docs/contract.md) and the stored type names: a rename cannot slip through. */
class PublishedJsonTest {

    static final EventCodec CODEC = new EventCodec(EventCodec.defaultMapper()).register(ClientEvent.class)
            .register(TaskEvent.class).register(ChurnModelEvent.class);
    static final EventStoreConfig CONFIG = new EventStoreConfig() {
        public String source() {
            return "/retention-service";
        }

        public Relay relay() {
            return null;
        }

        public Consumer consumer() {
            return null;
        }

        public java.time.Duration rebuildTimeout() {
            return null;
        }
    };
    static final AlertMessages ALERTS = new AlertMessages(CODEC, CONFIG);
    static final TaskMessages TASKS = new TaskMessages(CODEC, CONFIG);
    static final Instant AT = Instant.parse("2026-03-20T07:00:00Z");
    static final Signal OUTFLOW = new Signal("s1", SignalKind.ASSET_OUTFLOW, AT, 40,
            "total assets fell 42% from 6.1M on 03-02 to 3.5M on 03-20");
    static final String ALERT_ID = "3f1c2a8e-0d5b-4c1e-9a57-5d8f0c6b1e22";

    static StoredEvent stored(String stream, long version, Object event) {
        return new StoredEvent(version, stream, version, UUID.randomUUID(), CODEC.typeOf(event), event,
                EventMetadata.system("test"), AT);
    }

    static String value(OutboxMessage m) {
        return new String(m.payload(), StandardCharsets.UTF_8);
    }

    @Test
    void churnAlertData() {
        ChurnAlertRaised alert = new ChurnAlertRaised(ALERT_ID, "c1", 65, RiskLevel.HIGH, List.of(OUTFLOW), "t1", AT);
        OutboxMessage m = ALERTS.alert(stored("client-c1", 3, alert), "corr");
        assertEquals("retention.churn-alerts", m.topic());
        assertEquals("c1", m.key());
        assertEquals("retention.churn-alert.raised.v1", m.headers().get("ce_type"));
        assertEquals(ALERT_ID, m.headers().get("ce_id"));
        assertEquals("{\"alertId\":\"" + ALERT_ID + "\",\"clientId\":\"c1\",\"riskScore\":65,\"riskLevel\":\"HIGH\","
                + "\"signals\":[{\"kind\":\"ASSET_OUTFLOW\",\"occurredAt\":\"2026-03-20T07:00:00Z\",\"weight\":40,"
                + "\"detail\":\"total assets fell 42% from 6.1M on 03-02 to 3.5M on 03-20\"}],\"taskId\":\"t1\","
                + "\"raisedAt\":\"2026-03-20T07:00:00Z\"}", value(m));
    }

    @Test
    void taskOpenedAndClosedData() {
        TaskOpened opened = new TaskOpened("t1", "c1", ALERT_ID, TaskPriority.P2, AT.plus(Duration.ofDays(3)), AT, 65,
                RiskLevel.HIGH, "MEDIUM_STABLE", "IMPORTANT", List.of(OUTFLOW));
        TaskClosed closed = new TaskClosed("t1", Outcome.LOST, null, AT.plus(Duration.ofDays(1)), "adv-1");
        List<StoredEvent> events = new ArrayList<>(List.of(stored("task-t1", 1, opened)));
        List<OutboxMessage> first = TASKS.taskEvents(TaskState.INITIAL, events);
        assertEquals("retention.task.opened.v1", first.get(0).headers().get("ce_type"));
        assertEquals("{\"taskId\":\"t1\",\"clientId\":\"c1\",\"stage\":\"OPENED\",\"priority\":\"P2\","
                + "\"dueAt\":\"2026-03-23T07:00:00Z\"}", value(first.get(0)));
        // closing straight from OPENED is not a legal step; the message builder only formats what is stored
        List<OutboxMessage> last = TASKS.taskEvents(TaskState.fold(List.of(opened)),
                List.of(stored("task-t1", 2, closed)));
        assertEquals("retention.task.closed.v1", last.get(0).headers().get("ce_type"));
        assertEquals("{\"taskId\":\"t1\",\"clientId\":\"c1\",\"stage\":\"CLOSED\",\"priority\":\"P2\","
                + "\"dueAt\":\"2026-03-23T07:00:00Z\",\"outcome\":\"LOST\"}", value(last.get(0)));
        assertEquals("2026-03-21T07:00:00Z", last.get(0).headers().get("ce_time"));
    }

    @Test
    void storedEventTypeNamesAreStable() {
        assertEquals(List.of("retention.client.advisor-assigned.v1", "retention.client.assessment-observed.v1",
                        "retention.client.balance-reported.v1", "retention.client.churn-alert-raised.v1",
                        "retention.client.churn-outcome-observed.v1", "retention.client.contact-recorded.v1", "retention.client.needs-observed.v1",
                        "retention.client.segment-observed.v1", "retention.client.signal-raised.v1"),
                typeNames(ClientEvent.class));
        assertEquals(List.of("retention.cpr-task.assigned.v1", "retention.cpr-task.closed.v1",
                        "retention.cpr-task.comprehension-recorded.v1", "retention.cpr-task.escalated.v1",
                        "retention.cpr-task.lscpa-ticked.v1", "retention.cpr-task.opened.v1",
                        "retention.cpr-task.proposal-recorded.v1", "retention.cpr-task.response-recorded.v1",
                        "retention.cpr-task.signal-attached.v1"),
                typeNames(TaskEvent.class));
        assertEquals(List.of("retention.churn-model.fit-completed.v1", "retention.churn-model.fit-failed.v1",
                "retention.churn-model.weights-adopted.v1"), typeNames(ChurnModelEvent.class));
    }

    /** A fit's evidence, nested records and all, reads back equal (docs/domain.md#learned-weights). */
    @Test
    void storedFitAndAdoptionReadBackEqual() {
        ChurnModelFit.Evidence evidence = new ChurnModelFit.Evidence(240, 100, 192, 48, -0.27,
                List.of(new ChurnModelFit.Coefficient(SignalKind.COMPLAINT, 96, 1.12, List.of(0.7, 1.5), true, 67, 20),
                        new ChurnModelFit.Coefficient(SignalKind.NEGLECT, 0, 0.0, List.of(0.0, 0.0), false, null, 20)),
                new ChurnModelFit.Holdout(48, 20, 0.75, 0.25, List.of(new Calibration.Bin(3, 0.2, 0.3, 24, 0.21, 0.25))),
                200, 27L, 1.0);
        ChurnModelEvent.FitCompleted fit = new ChurnModelEvent.FitCompleted("f1", java.time.LocalDate.of(2025, 1, 1),
                java.time.LocalDate.of(2025, 12, 31), 90, "max", AT, evidence);
        assertEquals(fit, CODEC.fromJson("retention.churn-model.fit-completed.v1", CODEC.toJson(fit)));
        ChurnModelEvent.WeightsAdopted adopted = new ChurnModelEvent.WeightsAdopted(2, "f1",
                java.util.Map.of(SignalKind.COMPLAINT, 67, SignalKind.NEGLECT, 20), "max", AT);
        assertEquals(adopted, CODEC.fromJson("retention.churn-model.weights-adopted.v1", CODEC.toJson(adopted)));
    }

    @Test
    void storedSignalReadsBackEqual() {
        ClientEvent.SignalRaised s = new ClientEvent.SignalRaised("c1", "s1", SignalKind.ASSET_OUTFLOW, AT, 40,
                OUTFLOW.detail());
        assertEquals("{\"clientId\":\"c1\",\"signalId\":\"s1\",\"kind\":\"ASSET_OUTFLOW\","
                + "\"occurredAt\":\"2026-03-20T07:00:00Z\",\"weight\":40,\"detail\":\"" + OUTFLOW.detail() + "\"}",
                CODEC.toJson(s));
        assertEquals(s, CODEC.fromJson("retention.client.signal-raised.v1", CODEC.toJson(s)));
    }

    static List<String> typeNames(Class<?> root) {
        List<String> names = new ArrayList<>();
        for (Class<?> c : root.getPermittedSubclasses()) {
            names.add(c.getAnnotation(dev.kehu.eventstore.EventType.class).value());
        }
        return names.stream().sorted().toList();
    }
}
