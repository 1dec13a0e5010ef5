package dev.kehu.retention.domain.task;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dev.kehu.retention.domain.signal.RiskLevel;
import dev.kehu.retention.domain.signal.Signal;
import dev.kehu.retention.domain.task.TaskEvent.ComprehensionRecorded;
import dev.kehu.retention.domain.task.TaskEvent.LscpaTicked;
import dev.kehu.retention.domain.task.TaskEvent.ProposalRecorded;
import dev.kehu.retention.domain.task.TaskEvent.ResponseRecorded;
import dev.kehu.retention.domain.task.TaskEvent.SignalAttached;
import dev.kehu.retention.domain.task.TaskEvent.TaskAssigned;
import dev.kehu.retention.domain.task.TaskEvent.TaskClosed;
import dev.kehu.retention.domain.task.TaskEvent.TaskEscalated;
import dev.kehu.retention.domain.task.TaskEvent.TaskOpened;
import dev.kehu.retention.domain.signal.TaskPriority;

/**
 * A task folded from its events. {@code opened} is null for a task that does not exist. Each event
 * changes a few fields: {@link #evolve} says which, through the withers.
 */
public record TaskState(TaskOpened opened, Stage stage, TaskPriority priority, Instant dueAt, int riskScore,
                        RiskLevel riskLevel, List<Signal> signals, String assignee, boolean escalated,
                        ComprehensionRecorded comprehension, List<ProposalRecorded> proposals,
                        ResponseRecorded response, List<LscpaTicked> lscpa, TaskClosed closed) {

    public static final TaskState INITIAL = new TaskState(null, null, null, null, 0, null, List.of(), null, false,
            null, List.of(), null, List.of(), null);

    public boolean exists() {
        return opened != null;
    }

    public boolean isOpen() {
        return exists() && stage != Stage.CLOSED;
    }

    public static TaskState evolve(TaskState s, TaskEvent event) {
        if (event instanceof TaskOpened o) {
            return new TaskState(o, Stage.OPENED, o.priority(), o.dueAt(), o.riskScore(), o.riskLevel(),
                    List.copyOf(o.signals()), null, false, null, List.of(), null, List.of(), null);
        }
        if (event instanceof SignalAttached a) {
            return s.withRisk(a.priority(), a.dueAt(), a.riskScore(), a.riskLevel(), plus(s.signals, a.signal()));
        }
        if (event instanceof TaskAssigned a) {
            return s.withAssignee(a.advisorId());
        }
        if (event instanceof ComprehensionRecorded c) {
            return s.withStage(Stage.COMPREHEND).withComprehension(c);
        }
        if (event instanceof ProposalRecorded p) {
            return s.withStage(Stage.PROPOSE).withProposals(plus(s.proposals, p));
        }
        if (event instanceof ResponseRecorded r) {
            return s.withStage(Stage.RESPOND).withResponse(r);
        }
        if (event instanceof LscpaTicked t) {
            return s.withLscpa(plus(s.lscpa, t));
        }
        if (event instanceof TaskEscalated) {
            return s.withEscalated(true);
        }
        if (event instanceof TaskClosed c) {
            return s.withStage(Stage.CLOSED).withClosed(c);
        }
        throw new IllegalArgumentException("unknown task event " + event.getClass().getName());
    }

    public static TaskState fold(List<? extends TaskEvent> events) {
        TaskState s = INITIAL;
        for (TaskEvent e : events) {
            s = evolve(s, e);
        }
        return s;
    }

    TaskState withStage(Stage stage) {
        return new TaskState(opened, stage, priority, dueAt, riskScore, riskLevel, signals, assignee, escalated,
                comprehension, proposals, response, lscpa, closed);
    }

    /** A later signal: the risk it brings, and the priority and due time that follow from it. */
    TaskState withRisk(TaskPriority priority, Instant dueAt, int riskScore, RiskLevel riskLevel, List<Signal> signals) {
        return new TaskState(opened, stage, priority, dueAt, riskScore, riskLevel, signals, assignee, escalated,
                comprehension, proposals, response, lscpa, closed);
    }

    TaskState withAssignee(String assignee) {
        return new TaskState(opened, stage, priority, dueAt, riskScore, riskLevel, signals, assignee, escalated,
                comprehension, proposals, response, lscpa, closed);
    }

    TaskState withEscalated(boolean escalated) {
        return new TaskState(opened, stage, priority, dueAt, riskScore, riskLevel, signals, assignee, escalated,
                comprehension, proposals, response, lscpa, closed);
    }

    TaskState withComprehension(ComprehensionRecorded comprehension) {
        return new TaskState(opened, stage, priority, dueAt, riskScore, riskLevel, signals, assignee, escalated,
                comprehension, proposals, response, lscpa, closed);
    }

    TaskState withProposals(List<ProposalRecorded> proposals) {
        return new TaskState(opened, stage, priority, dueAt, riskScore, riskLevel, signals, assignee, escalated,
                comprehension, proposals, response, lscpa, closed);
    }

    TaskState withResponse(ResponseRecorded response) {
        return new TaskState(opened, stage, priority, dueAt, riskScore, riskLevel, signals, assignee, escalated,
                comprehension, proposals, response, lscpa, closed);
    }

    TaskState withLscpa(List<LscpaTicked> lscpa) {
        return new TaskState(opened, stage, priority, dueAt, riskScore, riskLevel, signals, assignee, escalated,
                comprehension, proposals, response, lscpa, closed);
    }

    TaskState withClosed(TaskClosed closed) {
        return new TaskState(opened, stage, priority, dueAt, riskScore, riskLevel, signals, assignee, escalated,
                comprehension, proposals, response, lscpa, closed);
    }

    private static <T> List<T> plus(List<T> list, T item) {
        List<T> copy = new ArrayList<>(list);
        copy.add(item);
        return List.copyOf(copy);
    }
}
