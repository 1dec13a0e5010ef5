package dev.kehu.retention.task;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.kehu.eventstore.Columns;
import dev.kehu.eventstore.StoredEvent;
import dev.kehu.eventstore.TableProjection;
import dev.kehu.retention.config.Rows;
import dev.kehu.retention.domain.task.Stage;
import dev.kehu.retention.domain.task.TaskEvent;
import dev.kehu.retention.domain.task.TaskEvent.ComprehensionRecorded;
import dev.kehu.retention.domain.task.TaskEvent.ProposalRecorded;
import dev.kehu.retention.domain.task.TaskEvent.ResponseRecorded;
import dev.kehu.retention.domain.task.TaskEvent.SignalAttached;
import dev.kehu.retention.domain.task.TaskEvent.TaskAssigned;
import dev.kehu.retention.domain.task.TaskEvent.TaskClosed;
import dev.kehu.retention.domain.task.TaskEvent.TaskEscalated;
import dev.kehu.retention.domain.task.TaskEvent.TaskOpened;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * One row per task: the work queue, the one-open-task-per-client index, the escalation scan and
 * the outcome statistics all read it. The events of a batch are folded per task in memory, from the
 * stored row or the opening event, and each task is written once: the updates first (a task closed in
 * the batch frees its client for a task opened after it), then the inserts.
 */
@ApplicationScoped
public class TaskProjection extends TableProjection {

    /** A task's row while the batch's events move it. */
    private static final class Task {
        final boolean stored;
        String taskId;
        String clientId;
        String status = "OPEN";
        String stage = Stage.OPENED.name();
        String priority;
        Instant dueAt;
        Instant openedAt;
        Instant closedAt;
        String assignee;
        String reasonCategory;
        String outcome;
        boolean escalated;
        String clientSegment;
        int riskScore;
        String riskLevel;
        long version;

        Task(boolean stored) {
            this.stored = stored;
        }
    }

    public TaskProjection() {
        super("retention-tasks", "retention_task", type -> type.startsWith("retention.cpr-task."));
    }

    @Override
    public void apply(Connection c, List<StoredEvent> events) throws SQLException {
        Map<String, Task> tasks = read(c, events);
        for (StoredEvent stored : events) {
            TaskEvent e = (TaskEvent) stored.event();
            if (e instanceof TaskOpened o) {
                tasks.put(o.taskId(), opened(o));
            }
            Task t = tasks.get(e.taskId());
            if (t == null) {
                continue; // no row to move, as an update of no row
            }
            t.version = stored.version();
            if (e instanceof SignalAttached a) {
                t.priority = a.priority().name();
                t.dueAt = a.dueAt();
                t.riskScore = a.riskScore();
                t.riskLevel = a.riskLevel().name();
            } else if (e instanceof TaskAssigned a) {
                t.assignee = a.advisorId();
            } else if (e instanceof ComprehensionRecorded r) {
                t.stage = Stage.COMPREHEND.name();
                t.reasonCategory = r.reasonCategory().name();
            } else if (e instanceof ProposalRecorded) {
                t.stage = Stage.PROPOSE.name();
            } else if (e instanceof ResponseRecorded) {
                t.stage = Stage.RESPOND.name();
            } else if (e instanceof TaskEscalated) {
                t.escalated = true;
            } else if (e instanceof TaskClosed closed) {
                t.status = "CLOSED";
                t.stage = Stage.CLOSED.name();
                t.outcome = closed.outcome().name();
                t.closedAt = closed.closedAt();
            }
            // LSCPA ticks change no column of the queue; the version still moves on
        }
        write(c, tasks.values());
    }

    private static Task opened(TaskOpened o) {
        Task t = new Task(false);
        t.taskId = o.taskId();
        t.clientId = o.clientId();
        t.priority = o.priority().name();
        t.dueAt = o.dueAt();
        t.openedAt = o.openedAt();
        t.clientSegment = o.clientSegment();
        t.riskScore = o.riskScore();
        t.riskLevel = o.riskLevel().name();
        return t;
    }

    /** The stored rows of the tasks whose first event in the batch is not their opening. */
    private static Map<String, Task> read(Connection c, List<StoredEvent> events) throws SQLException {
        Set<String> seen = new HashSet<>();
        List<String> wanted = new ArrayList<>();
        for (StoredEvent stored : events) {
            TaskEvent e = (TaskEvent) stored.event();
            if (seen.add(e.taskId()) && !(e instanceof TaskOpened)) {
                wanted.add(e.taskId());
            }
        }
        Map<String, Task> tasks = new LinkedHashMap<>();
        if (wanted.isEmpty()) {
            return tasks;
        }
        Rows.forEach(c, "select task_id, status, stage, priority, due_at, closed_at, assignee, reason_category, "
                + "outcome, escalated, risk_score, risk_level from retention_task "
                + "where task_id = any(?) order by task_id", List.of(wanted), rs -> {
            Task t = new Task(true);
            t.taskId = rs.getString(1);
            t.status = rs.getString(2);
            t.stage = rs.getString(3);
            t.priority = rs.getString(4);
            t.dueAt = rs.getTimestamp(5).toInstant();
            Timestamp closed = rs.getTimestamp(6);
            t.closedAt = closed == null ? null : closed.toInstant();
            t.assignee = rs.getString(7);
            t.reasonCategory = rs.getString(8);
            t.outcome = rs.getString(9);
            t.escalated = rs.getBoolean(10);
            t.riskScore = rs.getInt(11);
            t.riskLevel = rs.getString(12);
            tasks.put(t.taskId, t);
        });
        return tasks;
    }

    private static void write(Connection c, Collection<Task> tasks) throws SQLException {
        Columns updates = new Columns(13);
        Columns inserts = new Columns(16);
        for (Task t : tasks) {
            if (t.stored) {
                updates.add(t.taskId, t.status, t.stage, t.priority, t.dueAt, t.closedAt, t.assignee, t.reasonCategory,
                        t.outcome, t.escalated, t.riskScore, t.riskLevel, t.version);
            } else {
                inserts.add(t.taskId, t.clientId, t.status, t.stage, t.priority, t.dueAt, t.openedAt, t.closedAt,
                        t.assignee, t.reasonCategory, t.outcome, t.escalated, t.clientSegment, t.riskScore,
                        t.riskLevel, t.version);
            }
        }
        updates.execute(c, "update retention_task t set status = u.status, stage = u.stage, priority = u.priority, "
                + "due_at = u.due_at, closed_at = u.closed_at, assignee = u.assignee, "
                + "reason_category = u.reason_category, outcome = u.outcome, escalated = u.escalated, "
                + "risk_score = u.risk_score, risk_level = u.risk_level, version = u.version "
                + "from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::timestamptz[], ?::timestamptz[], "
                + "?::text[], ?::text[], ?::text[], ?::boolean[], ?::integer[], ?::text[], ?::bigint[]) "
                + "u(task_id, status, stage, priority, due_at, closed_at, assignee, reason_category, outcome, "
                + "escalated, risk_score, risk_level, version) where t.task_id = u.task_id");
        inserts.execute(c, "insert into retention_task (task_id, client_id, status, stage, priority, due_at, "
                + "opened_at, closed_at, assignee, reason_category, outcome, escalated, client_segment, risk_score, "
                + "risk_level, version) select * from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], "
                + "?::timestamptz[], ?::timestamptz[], ?::timestamptz[], ?::text[], ?::text[], ?::text[], "
                + "?::boolean[], ?::text[], ?::integer[], ?::text[], ?::bigint[])");
    }
}
