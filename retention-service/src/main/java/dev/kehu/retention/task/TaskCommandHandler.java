package dev.kehu.retention.task;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import dev.kehu.eventstore.CommandHandler;
import dev.kehu.eventstore.CommandHandler.CommandFor;
import dev.kehu.eventstore.CommandHandler.Handled;
import dev.kehu.eventstore.CommandHandler.Unit;
import dev.kehu.eventstore.EventMetadata;
import dev.kehu.eventstore.EventStore;
import dev.kehu.eventstore.Outbox;
import dev.kehu.retention.domain.task.TaskCommand;
import dev.kehu.retention.domain.task.TaskDecider;
import dev.kehu.retention.domain.task.TaskEvent;
import dev.kehu.retention.domain.task.TaskState;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Runs a command on a task's stream: the library's {@link CommandHandler} over {@link TaskDecider}
 * (load → fold → decide → append at the version read → the task events in the outbox), addressed by
 * task id, for every writer of a task (the advisors' steps, the escalation scan, the churn policy), and
 * the row locks. Everyone who changes a task locks its queue row first, so writers queue up in one
 * order and never deadlock.
 */
@ApplicationScoped
public class TaskCommandHandler {

    private final CommandHandler<TaskState, TaskCommand, TaskEvent> handler;

    public TaskCommandHandler(EventStore store, Outbox outbox, TaskMessages messages) {
        this.handler = new CommandHandler<>(store, outbox, TaskDecider.INSTANCE,
                (before, appended, metadata) -> messages.taskEvents(before, appended));
    }

    /** One command on one task, in one go; {@code ifMatch} is the version the caller read, if it says. */
    public Handled<TaskState> handle(Connection c, String taskId, CommandFor<TaskState, TaskCommand> command,
                                     EventMetadata metadata, OptionalLong ifMatch) throws SQLException {
        return handler.handle(c, TaskDecider.streamId(taskId), command, metadata, ifMatch);
    }

    /** The task folded as it stands, ready to decide on. */
    public Unit<TaskState, TaskCommand, TaskEvent> load(Connection c, String taskId) throws SQLException {
        return handler.load(c, TaskDecider.streamId(taskId));
    }

    /** A task about to be opened (its stream must not exist yet). */
    public Unit<TaskState, TaskCommand, TaskEvent> create(String taskId) {
        return handler.create(TaskDecider.streamId(taskId));
    }

    /** Appends what the unit decided, each event with its own message's metadata. */
    public void commit(Connection c, Unit<TaskState, TaskCommand, TaskEvent> task, List<EventMetadata> metadata)
            throws SQLException {
        handler.commit(c, task, metadata);
    }

    /** Locks the client's open task row, if there is one, and returns its id. */
    public Optional<String> lockOpenTaskOf(Connection c, String clientId) throws SQLException {
        return one(c, "select task_id from retention_task where client_id = ? and status = 'OPEN' for update",
                clientId);
    }

    /** Locks the task's row; empty if there is no such task. */
    public Optional<String> lock(Connection c, String taskId) throws SQLException {
        return one(c, "select task_id from retention_task where task_id = ? for update", taskId);
    }

    private static Optional<String> one(Connection c, String sql, String param) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, param);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }
}
