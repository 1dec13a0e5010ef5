package dev.kehu.retention.task;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

import dev.kehu.eventstore.EventMetadata;
import dev.kehu.eventstore.runtime.Db;
import dev.kehu.retention.config.RetentionConfig;
import dev.kehu.retention.config.Rows;
import dev.kehu.retention.config.ServiceName;
import dev.kehu.retention.domain.task.TaskCommand;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Escalates open tasks past their due time, each exactly once even with several instances: the
 * overdue rows are claimed with {@code for update skip locked} and the escalated flag is set in the
 * same transaction (the projection), so another instance neither waits for nor sees them again.
 */
@ApplicationScoped
public class Escalator {

    @Inject
    Db db;

    @Inject
    TaskCommandHandler tasks;

    @Inject
    RetentionConfig config;

    @Inject
    Clock clock;

    /** One round: returns the number of tasks escalated. */
    @Transactional
    public int escalateOverdue() {
        Instant now = clock.instant();
        return db.call(c -> {
            int escalated = 0;
            for (String taskId : claimOverdue(c, now)) {
                // the decider escalates once, and only an open task past due: anything else appends nothing
                var handled = tasks.handle(c, taskId, (conn, task) -> new TaskCommand.Escalate(now),
                        EventMetadata.system(ServiceName.RETENTION), OptionalLong.empty());
                escalated += handled.appended().isEmpty() ? 0 : 1;
            }
            return escalated;
        });
    }

    private List<String> claimOverdue(Connection c, Instant now) throws SQLException {
        List<String> ids = new ArrayList<>();
        Rows.forEach(c, "select task_id from retention_task where status = 'OPEN' and not escalated and due_at < ? "
                + "order by due_at, task_id limit ? for update skip locked",
                List.of(Timestamp.from(now), config.escalationBatch()), rs -> ids.add(rs.getString(1)));
        return ids;
    }
}
