package dev.kehu.retention.domain.task;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import dev.kehu.eventstore.StateDecider;
import dev.kehu.retention.domain.signal.TaskPriority;

import dev.kehu.retention.domain.task.Codes.Step;
import dev.kehu.retention.domain.task.TaskCommand.Assign;
import dev.kehu.retention.domain.task.TaskCommand.AttachSignal;
import dev.kehu.retention.domain.task.TaskCommand.Claim;
import dev.kehu.retention.domain.task.TaskCommand.Close;
import dev.kehu.retention.domain.task.TaskCommand.Comprehend;
import dev.kehu.retention.domain.task.TaskCommand.Escalate;
import dev.kehu.retention.domain.task.TaskCommand.Open;
import dev.kehu.retention.domain.task.TaskCommand.Propose;
import dev.kehu.retention.domain.task.TaskCommand.Respond;
import dev.kehu.retention.domain.task.TaskCommand.TickLscpa;
import dev.kehu.retention.domain.task.TaskEvent.ComprehensionRecorded;
import dev.kehu.retention.domain.task.TaskEvent.LscpaTicked;
import dev.kehu.retention.domain.task.TaskEvent.ProposalRecorded;
import dev.kehu.retention.domain.task.TaskEvent.ResponseRecorded;
import dev.kehu.retention.domain.task.TaskEvent.SignalAttached;
import dev.kehu.retention.domain.task.TaskEvent.TaskAssigned;
import dev.kehu.retention.domain.task.TaskEvent.TaskClosed;
import dev.kehu.retention.domain.task.TaskEvent.TaskEscalated;
import dev.kehu.retention.domain.task.TaskEvent.TaskOpened;

/**
 * The CPR workflow as a pure decision: COMPREHEND → PROPOSE → RESPOND → CLOSED, in order. After a
 * response the advisor may close or propose a revised plan. LSCPA ticks and assignment are
 * allowed while the task is open; a closed task takes nothing more.
 */
public final class TaskDecider extends StateDecider<TaskState, TaskCommand, TaskEvent> {

    /** The decider is stateless: one instance serves every task. */
    public static final TaskDecider INSTANCE = new TaskDecider();

    private static final Map<Stage, List<Step>> NEXT = new EnumMap<>(Map.of(
            Stage.OPENED, List.of(Step.COMPREHEND, Step.LSCPA, Step.ASSIGN),
            Stage.COMPREHEND, List.of(Step.PROPOSE, Step.LSCPA, Step.ASSIGN),
            Stage.PROPOSE, List.of(Step.RESPOND, Step.LSCPA, Step.ASSIGN),
            Stage.RESPOND, List.of(Step.PROPOSE, Step.CLOSE, Step.LSCPA, Step.ASSIGN),
            Stage.CLOSED, List.of()));

    private TaskDecider() {
        super(TaskState.INITIAL, TaskState::evolve);
    }

    /** The stream of one task. */
    public static String streamId(String taskId) {
        return "task-" + taskId;
    }

    public static List<Step> allowedNextSteps(TaskState state) {
        return state.exists() ? NEXT.get(state.stage()) : List.of();
    }

    @Override
    public List<TaskEvent> decide(TaskCommand command, TaskState state) {
        if (command instanceof Open o) {
            if (state.exists()) {
                throw new IllegalStateException("task " + o.taskId() + " is already open");
            }
            return List.of(new TaskOpened(o.taskId(), o.clientId(), o.alertId(), o.priority(), o.dueAt(), o.now(),
                    o.riskScore(), o.riskLevel(), o.clientSegment(), o.clientPriority(), o.signals()));
        }
        if (!state.exists()) {
            throw new IllegalStateException("no such task");
        }
        String taskId = state.opened().taskId();
        if (command instanceof Escalate e) {
            // once, and only while open and past due: the scheduler may ask again and again
            boolean due = state.isOpen() && !state.escalated() && e.now().isAfter(state.dueAt());
            return due ? List.of(new TaskEscalated(taskId, state.dueAt(), e.now())) : List.of();
        }
        if (command instanceof AttachSignal a) {
            require(Step.LSCPA, state);
            TaskPriority priority = state.priority().max(a.priority());
            boolean raised = priority != state.priority();
            // a raised priority brings the due time forward, never later
            Instant dueAt = raised && a.dueAt().isBefore(state.dueAt()) ? a.dueAt() : state.dueAt();
            return List.of(new SignalAttached(taskId, a.signal(), a.riskScore(), a.riskLevel(), priority, dueAt,
                    a.now()));
        }
        if (command instanceof Assign a) {
            require(Step.ASSIGN, state);
            return List.of(new TaskAssigned(taskId, a.advisorId(), a.now(), a.by()));
        }
        if (command instanceof Claim c) {
            require(Step.ASSIGN, state);
            if (c.by().equals(state.assignee())) {
                return List.of(); // claimed twice: nothing changes
            }
            if (state.assignee() != null) {
                throw new TaskTakenException(taskId, state.assignee());
            }
            return List.of(new TaskAssigned(taskId, c.by(), c.now(), c.by()));
        }
        if (command instanceof TickLscpa t) {
            require(Step.LSCPA, state);
            return List.of(new LscpaTicked(taskId, t.step(), t.notes(), t.now(), t.by()));
        }
        if (command instanceof Comprehend c) {
            require(Step.COMPREHEND, state);
            return List.of(new ComprehensionRecorded(taskId, c.reasonCategory(), c.clientValue(), c.trigger(),
                    c.driver(), c.rootCause(), c.notes(), c.now(), c.by()));
        }
        if (command instanceof Propose p) {
            require(Step.PROPOSE, state);
            return List.of(new ProposalRecorded(taskId, p.steps(), p.now(), p.by()));
        }
        if (command instanceof Respond r) {
            require(Step.RESPOND, state);
            return List.of(new ResponseRecorded(taskId, r.answer(), r.notes(), r.now(), r.by()));
        }
        if (command instanceof Close c) {
            require(Step.CLOSE, state);
            return List.of(new TaskClosed(taskId, c.outcome(), c.notes(), c.now(), c.by()));
        }
        throw new IllegalArgumentException("unknown task command " + command.getClass().getName());
    }

    private static void require(Step step, TaskState state) {
        List<Step> allowed = allowedNextSteps(state);
        if (!allowed.contains(step)) {
            throw new IllegalStepException(step, state.stage(), allowed);
        }
    }
}
