package dev.kehu.retention.domain.task;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import dev.kehu.eventstore.EventType;
import dev.kehu.retention.domain.signal.RiskLevel;
import dev.kehu.retention.domain.signal.Signal;
import dev.kehu.retention.domain.task.Codes.Answer;
import dev.kehu.retention.domain.task.Codes.LscpaStep;
import dev.kehu.retention.domain.task.Codes.Outcome;
import dev.kehu.retention.domain.task.Codes.ReasonCategory;
import dev.kehu.retention.domain.signal.TaskPriority;

/** The life of one CPR retention task, on stream {@code task-<taskId>}. */
public sealed interface TaskEvent {

    String taskId();

    /** One of the three CPR steps (Comprehend, Propose, Respond), recorded by an advisor at a time. */
    interface StepRecorded {
        Instant recordedAt();
    }

    @EventType("retention.cpr-task.opened.v1")
    record TaskOpened(String taskId, String clientId, String alertId, TaskPriority priority, Instant dueAt,
                      Instant openedAt, int riskScore, RiskLevel riskLevel, String clientSegment,
                      String clientPriority, List<Signal> signals) implements TaskEvent {
    }

    /** A later signal of the same client; the priority (and with it the due time) may have risen. */
    @EventType("retention.cpr-task.signal-attached.v1")
    record SignalAttached(String taskId, Signal signal, int riskScore, RiskLevel riskLevel, TaskPriority priority,
                          Instant dueAt, Instant attachedAt) implements TaskEvent {
    }

    @EventType("retention.cpr-task.assigned.v1")
    record TaskAssigned(String taskId, String advisorId, Instant assignedAt, String by) implements TaskEvent {
    }

    /**
     * The client's value as it stood when the advisor looked: the latest segment with its priority
     * and 30-day average assets, and the last reported total assets with their day.
     */
    record ClientValue(String segment, String priority, BigDecimal averageAssets, BigDecimal totalAssets,
                       LocalDate totalAssetsOn) {
    }

    @EventType("retention.cpr-task.comprehension-recorded.v1")
    record ComprehensionRecorded(String taskId, ReasonCategory reasonCategory, ClientValue clientValue,
                                 String trigger, String driver, String rootCause, String notes, Instant recordedAt,
                                 String by) implements TaskEvent, StepRecorded {
    }

    record PlanStep(int level, String action) {
    }

    @EventType("retention.cpr-task.proposal-recorded.v1")
    record ProposalRecorded(String taskId, List<PlanStep> steps, Instant recordedAt, String by)
            implements TaskEvent, StepRecorded {
    }

    @EventType("retention.cpr-task.response-recorded.v1")
    record ResponseRecorded(String taskId, Answer answer, String notes, Instant recordedAt, String by)
            implements TaskEvent, StepRecorded {
    }

    @EventType("retention.cpr-task.lscpa-ticked.v1")
    record LscpaTicked(String taskId, LscpaStep step, String notes, Instant tickedAt, String by) implements TaskEvent {
    }

    @EventType("retention.cpr-task.escalated.v1")
    record TaskEscalated(String taskId, Instant dueAt, Instant escalatedAt) implements TaskEvent {
    }

    @EventType("retention.cpr-task.closed.v1")
    record TaskClosed(String taskId, Outcome outcome, String notes, Instant closedAt, String by) implements TaskEvent {
    }
}
