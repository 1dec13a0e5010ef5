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

/** A task folded from its events. {@code opened} is null for a task that does not exist. */
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
            return new TaskState(s.opened, s.stage, a.priority(), a.dueAt(), a.riskScore(), a.riskLevel(),
                    plus(s.signals, a.signal()), s.assignee, s.escalated, s.comprehension, s.proposals, s.response,
                    s.lscpa, s.closed);
        }
        if (event instanceof TaskAssigned a) {
            return new TaskState(s.opened, s.stage, s.priority, s.dueAt, s.riskScore, s.riskLevel, s.signals,
                    a.advisorId(), s.escalated, s.comprehension, s.proposals, s.response, s.lscpa, s.closed);
        }
        if (event instanceof ComprehensionRecorded c) {
            return new TaskState(s.opened, Stage.COMPREHEND, s.priority, s.dueAt, s.riskScore, s.riskLevel,
                    s.signals, s.assignee, s.escalated, c, s.proposals, s.response, s.lscpa, s.closed);
        }
        if (event instanceof ProposalRecorded p) {
            return new TaskState(s.opened, Stage.PROPOSE, s.priority, s.dueAt, s.riskScore, s.riskLevel, s.signals,
                    s.assignee, s.escalated, s.comprehension, plus(s.proposals, p), s.response, s.lscpa, s.closed);
        }
        if (event instanceof ResponseRecorded r) {
            return new TaskState(s.opened, Stage.RESPOND, s.priority, s.dueAt, s.riskScore, s.riskLevel, s.signals,
                    s.assignee, s.escalated, s.comprehension, s.proposals, r, s.lscpa, s.closed);
        }
        if (event instanceof LscpaTicked t) {
            return new TaskState(s.opened, s.stage, s.priority, s.dueAt, s.riskScore, s.riskLevel, s.signals,
                    s.assignee, s.escalated, s.comprehension, s.proposals, s.response, plus(s.lscpa, t), s.closed);
        }
        if (event instanceof TaskEscalated) {
            return new TaskState(s.opened, s.stage, s.priority, s.dueAt, s.riskScore, s.riskLevel, s.signals,
                    s.assignee, true, s.comprehension, s.proposals, s.response, s.lscpa, s.closed);
        }
        if (event instanceof TaskClosed c) {
            return new TaskState(s.opened, Stage.CLOSED, s.priority, s.dueAt, s.riskScore, s.riskLevel, s.signals,
                    s.assignee, s.escalated, s.comprehension, s.proposals, s.response, s.lscpa, c);
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

    private static <T> List<T> plus(List<T> list, T item) {
        List<T> copy = new ArrayList<>(list);
        copy.add(item);
        return List.copyOf(copy);
    }
}
