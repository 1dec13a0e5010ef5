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
 * changes a few fields: {@link #evolve} says which.
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
        Next n = new Next(s);
        if (event instanceof SignalAttached a) {
            // a later signal: the risk it brings, and the priority and due time that follow from it
            n.priority = a.priority();
            n.dueAt = a.dueAt();
            n.riskScore = a.riskScore();
            n.riskLevel = a.riskLevel();
            n.signals = plus(s.signals, a.signal());
        } else if (event instanceof TaskAssigned a) {
            n.assignee = a.advisorId();
        } else if (event instanceof ComprehensionRecorded c) {
            n.stage = Stage.COMPREHEND;
            n.comprehension = c;
        } else if (event instanceof ProposalRecorded p) {
            n.stage = Stage.PROPOSE;
            n.proposals = plus(s.proposals, p);
        } else if (event instanceof ResponseRecorded r) {
            n.stage = Stage.RESPOND;
            n.response = r;
        } else if (event instanceof LscpaTicked t) {
            n.lscpa = plus(s.lscpa, t);
        } else if (event instanceof TaskEscalated) {
            n.escalated = true;
        } else if (event instanceof TaskClosed c) {
            n.stage = Stage.CLOSED;
            n.closed = c;
        } else {
            throw new IllegalArgumentException("unknown task event " + event.getClass().getName());
        }
        return n.state();
    }

    public static TaskState fold(List<? extends TaskEvent> events) {
        TaskState s = INITIAL;
        for (TaskEvent e : events) {
            s = evolve(s, e);
        }
        return s;
    }

    /**
     * The state after an event, while {@link #evolve} sets the few fields the event changes: every other
     * field is carried over here, once, rather than in a wither per field.
     */
    private static final class Next {
        final TaskOpened opened;
        Stage stage;
        TaskPriority priority;
        Instant dueAt;
        int riskScore;
        RiskLevel riskLevel;
        List<Signal> signals;
        String assignee;
        boolean escalated;
        ComprehensionRecorded comprehension;
        List<ProposalRecorded> proposals;
        ResponseRecorded response;
        List<LscpaTicked> lscpa;
        TaskClosed closed;

        Next(TaskState s) {
            opened = s.opened;
            stage = s.stage;
            priority = s.priority;
            dueAt = s.dueAt;
            riskScore = s.riskScore;
            riskLevel = s.riskLevel;
            signals = s.signals;
            assignee = s.assignee;
            escalated = s.escalated;
            comprehension = s.comprehension;
            proposals = s.proposals;
            response = s.response;
            lscpa = s.lscpa;
            closed = s.closed;
        }

        TaskState state() {
            return new TaskState(opened, stage, priority, dueAt, riskScore, riskLevel, signals, assignee, escalated,
                    comprehension, proposals, response, lscpa, closed);
        }
    }

    private static <T> List<T> plus(List<T> list, T item) {
        List<T> copy = new ArrayList<>(list);
        copy.add(item);
        return List.copyOf(copy);
    }
}
