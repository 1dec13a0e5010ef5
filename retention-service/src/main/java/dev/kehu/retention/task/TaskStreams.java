package dev.kehu.retention.task;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import dev.kehu.eventstore.EventStore;
import dev.kehu.eventstore.StoredEvent;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Loads task streams and locks task rows. Everyone who changes a task locks its queue row first
 * (consumers, REST, the escalation scan), so they queue up in one order and never deadlock.
 */
@ApplicationScoped
public class TaskStreams {

    /** A task as read: its state, the stream version it was read at, and its stored events. */
    public record Loaded(TaskState state, long version, List<StoredEvent> events) {
        public static final Loaded NONE = new Loaded(TaskState.INITIAL, 0, List.of());
    }

    private final EventStore store;

    public TaskStreams(EventStore store) {
        this.store = store;
    }

    public static String streamId(String taskId) {
        return "task-" + taskId;
    }

    public Loaded load(Connection c, String taskId) throws SQLException {
        List<StoredEvent> events = store.readStream(c, streamId(taskId));
        TaskState state = TaskState.fold(events.stream().map(e -> (TaskEvent) e.event()).toList());
        long version = events.isEmpty() ? 0 : events.get(events.size() - 1).version();
        return new Loaded(state, version, events);
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
