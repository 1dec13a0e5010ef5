package dev.kehu.retention.domain.task;

import java.time.Instant;
import java.util.List;

import dev.kehu.retention.domain.signal.RiskLevel;
import dev.kehu.retention.domain.signal.Signal;
import dev.kehu.retention.domain.task.Codes.Answer;
import dev.kehu.retention.domain.task.Codes.LscpaStep;
import dev.kehu.retention.domain.task.Codes.Outcome;
import dev.kehu.retention.domain.task.Codes.ReasonCategory;
import dev.kehu.retention.domain.task.TaskEvent.ClientValue;
import dev.kehu.retention.domain.task.TaskEvent.PlanStep;
import dev.kehu.retention.domain.signal.TaskPriority;

/** What can be asked of a task; each carries the time it happens at ({@code now}). */
public sealed interface TaskCommand {

    Instant now();

    record Open(String taskId, String clientId, String alertId, TaskPriority priority, Instant dueAt, int riskScore,
                RiskLevel riskLevel, String clientSegment, String clientPriority, List<Signal> signals, Instant now)
            implements TaskCommand {
    }

    /** A later signal; {@code priority} and {@code dueAt} are what a task opened by it would get. */
    record AttachSignal(Signal signal, int riskScore, RiskLevel riskLevel, TaskPriority priority, Instant dueAt,
                        Instant now) implements TaskCommand {
    }

    record Assign(String advisorId, String by, Instant now) implements TaskCommand {
    }

    /** An advisor takes the task for itself: allowed while no one else has it (docs/domain.md#cpr). */
    record Claim(String by, Instant now) implements TaskCommand {
    }

    record Comprehend(ReasonCategory reasonCategory, ClientValue clientValue, String trigger, String driver,
                      String rootCause, String notes, String by, Instant now) implements TaskCommand {
    }

    record Propose(List<PlanStep> steps, String by, Instant now) implements TaskCommand {
    }

    record Respond(Answer answer, String notes, String by, Instant now) implements TaskCommand {
    }

    record Close(Outcome outcome, String notes, String by, Instant now) implements TaskCommand {
    }

    record TickLscpa(LscpaStep step, String notes, String by, Instant now) implements TaskCommand {
    }

    record Escalate(Instant now) implements TaskCommand {
    }
}
