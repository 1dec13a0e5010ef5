package dev.kehu.retention.domain.client;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import dev.kehu.retention.domain.client.ClientEvent.ChurnAlertRaised;
import dev.kehu.retention.domain.client.ClientEvent.SignalRaised;
import dev.kehu.retention.domain.signal.ChurnRules;
import dev.kehu.retention.domain.signal.RiskAssessment;
import dev.kehu.retention.domain.task.TaskCommand;
import dev.kehu.retention.domain.signal.TaskPriority;
import dev.kehu.retention.domain.task.TaskState;

/**
 * What a new signal means for the client's retention work (docs/domain.md#churn-alerts): with an open task it is
 * attached to it; otherwise a score at the alert line, or a request to leave, raises a churn alert
 * and opens a task. One open task per client. Every time is the signal's event time.
 */
public final class ChurnPolicy {

    /** The outcome: an alert for the client stream (or null) and a command for the task (or null). */
    public record Decision(ChurnAlertRaised alert, String taskId, TaskCommand taskCommand) {
        public static final Decision NONE = new Decision(null, null, null);
    }

    private final ChurnRules rules;

    public ChurnPolicy(ChurnRules rules) {
        this.rules = rules;
    }

    /**
     * @param after    the client with the signal already applied
     * @param openTask the client's open task, or {@link TaskState#INITIAL} when it has none
     */
    public Decision decide(SignalRaised signal, ClientState after, TaskState openTask) {
        Instant at = signal.occurredAt();
        RiskAssessment risk = rules.assess(after.signals(), at);
        String clientPriority = after.segment() == null ? null : after.segment().priority().name();
        TaskPriority priority = TaskPriority.of(clientPriority, risk.riskLevel());
        Instant dueAt = at.plus(rules.dueIn(priority));
        if (openTask.isOpen()) {
            return new Decision(null, openTask.opened().taskId(), new TaskCommand.AttachSignal(signal.signal(),
                    risk.riskScore(), risk.riskLevel(), priority, dueAt, at));
        }
        if (risk.riskScore() < rules.alertScore() && !signal.kind().alwaysAlerts()) {
            return Decision.NONE;
        }
        String taskId = derivedId("task", signal.signalId());
        String alertId = derivedId("alert", signal.signalId());
        String segment = after.segment() == null ? null : after.segment().segment();
        ChurnAlertRaised alert = new ChurnAlertRaised(alertId, signal.clientId(), risk.riskScore(), risk.riskLevel(),
                risk.signals(), taskId, at);
        TaskCommand open = new TaskCommand.Open(taskId, signal.clientId(), alertId, priority, dueAt, risk.riskScore(),
                risk.riskLevel(), segment, clientPriority, risk.signals(), at);
        return new Decision(alert, taskId, open);
    }

    /** Ids follow from the signal, so replaying the same feed opens the same task under the same id. */
    static String derivedId(String kind, String signalId) {
        return UUID.nameUUIDFromBytes((kind + ":" + signalId).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
