package dev.kehu.retention.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;

import dev.kehu.eventstore.StoredEvent;
import dev.kehu.eventstore.TableProjection;
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
 * the outcome statistics all read it. Events are few per task, so each is applied as it comes.
 */
@ApplicationScoped
public class TaskProjection extends TableProjection {

    public TaskProjection() {
        super("retention-tasks", "retention_task", type -> type.startsWith("retention.cpr-task."));
    }

    @Override
    public void apply(Connection c, List<StoredEvent> events) throws SQLException {
        for (StoredEvent stored : events) {
            TaskEvent e = (TaskEvent) stored.event();
            if (e instanceof TaskOpened o) {
                opened(c, o, stored.version());
            } else if (e instanceof SignalAttached a) {
                update(c, stored, "priority = ?, due_at = ?, risk_score = ?, risk_level = ?", a.priority().name(),
                        Timestamp.from(a.dueAt()), a.riskScore(), a.riskLevel().name());
            } else if (e instanceof TaskAssigned a) {
                update(c, stored, "assignee = ?", a.advisorId());
            } else if (e instanceof ComprehensionRecorded r) {
                update(c, stored, "stage = ?, reason_category = ?", Stage.COMPREHEND.name(), r.reasonCategory().name());
            } else if (e instanceof ProposalRecorded) {
                update(c, stored, "stage = ?", Stage.PROPOSE.name());
            } else if (e instanceof ResponseRecorded) {
                update(c, stored, "stage = ?", Stage.RESPOND.name());
            } else if (e instanceof TaskEscalated) {
                update(c, stored, "escalated = ?", true);
            } else if (e instanceof TaskClosed closed) {
                update(c, stored, "status = 'CLOSED', stage = ?, outcome = ?, closed_at = ?", Stage.CLOSED.name(),
                        closed.outcome().name(), Timestamp.from(closed.closedAt()));
            } else {
                // LSCPA ticks change no column of the queue; the version still moves on
                update(c, stored, null);
            }
        }
    }

    private static void opened(Connection c, TaskOpened o, long version) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("insert into retention_task (task_id, client_id, status, stage, "
                + "priority, due_at, opened_at, client_segment, risk_score, risk_level, version) "
                + "values (?, ?, 'OPEN', ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, o.taskId());
            ps.setString(2, o.clientId());
            ps.setString(3, Stage.OPENED.name());
            ps.setString(4, o.priority().name());
            ps.setTimestamp(5, Timestamp.from(o.dueAt()));
            ps.setTimestamp(6, Timestamp.from(o.openedAt()));
            ps.setString(7, o.clientSegment());
            ps.setInt(8, o.riskScore());
            ps.setString(9, o.riskLevel().name());
            ps.setLong(10, version);
            ps.executeUpdate();
        }
    }

    private static void update(Connection c, StoredEvent stored, String set, Object... values) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "update retention_task set " + (set == null ? "" : set + ", ") + "version = ? where task_id = ?")) {
            int i = 1;
            for (Object v : values) {
                ps.setObject(i++, v);
            }
            ps.setLong(i++, stored.version());
            ps.setString(i, ((TaskEvent) stored.event()).taskId());
            ps.executeUpdate();
        }
    }
}
