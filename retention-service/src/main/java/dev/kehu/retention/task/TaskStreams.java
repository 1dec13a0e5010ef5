package dev.kehu.retention.task;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import dev.kehu.eventstore.CommandHandler;
import dev.kehu.eventstore.EventStore;
import dev.kehu.eventstore.Outbox;
import dev.kehu.eventstore.StoredEvent;
import dev.kehu.retention.publish.RetentionMessages;
import dev.kehu.retention.domain.task.TaskCommand;
import dev.kehu.retention.domain.task.TaskDecider;
import dev.kehu.retention.domain.task.TaskEvent;
import dev.kehu.retention.domain.task.TaskState;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The task streams: the one {@link CommandHandler} every writer of a task goes through (REST, the
 * escalation scan, the feed consumers), loading a task for its view, and the row locks. Everyone who
 * changes a task locks its queue row first, so writers queue up in one order and never deadlock.
 */
@ApplicationScoped
public class TaskStreams {

    /** A task as read: its state, the stream version it was read at, and its stored events. */
    public record Loaded(TaskState state, long version, List<StoredEvent> events) {
    }

    private final EventStore store;
    private final CommandHandler<TaskState, TaskCommand, TaskEvent> handler;

    public TaskStreams(EventStore store, Outbox outbox, RetentionMessages messages) {
        this.store = store;
        this.handler = new CommandHandler<>(store, outbox, TaskDecider.INSTANCE,
                (before, appended, metadata) -> messages.taskEvents(before, appended));
    }

    public static String streamId(String taskId) {
        return TaskDecider.streamId(taskId);
    }

    /** Load → fold → decide → append at the version read → outbox, for any task command. */
    public CommandHandler<TaskState, TaskCommand, TaskEvent> handler() {
        return handler;
    }

    public Loaded load(Connection c, String taskId) throws SQLException {
        List<StoredEvent> events = store.readStream(c, streamId(taskId));
        long version = events.isEmpty() ? 0 : events.get(events.size() - 1).version();
        return new Loaded(TaskDecider.INSTANCE.fold(events), version, events);
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
