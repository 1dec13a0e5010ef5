package dev.kehu.retention.churn;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.kehu.eventstore.runtime.Db;
import dev.kehu.retention.config.Rows;
import dev.kehu.retention.domain.signal.SignalKind;
import dev.kehu.retention.domain.weights.ObservationPoints.SignalAt;
import dev.kehu.retention.task.TaskQueries;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The history the learned weights are fitted on (docs/domain.md#learned-weights): the signals of a period and
 * each client's first churn, the back office's outcomes and the CPR tasks closed LOST alike.
 */
@ApplicationScoped
public class ChurnHistoryQueries {

    private final Db db;
    private final TaskQueries tasks;

    public ChurnHistoryQueries(Db db, TaskQueries tasks) {
        this.db = db;
        this.tasks = tasks;
    }

    /** Every signal with {@code from <= occurredAt < to}. */
    public List<SignalAt> signals(Instant from, Instant to) {
        return db.call(c -> {
            try (PreparedStatement ps = c.prepareStatement("select client_id, kind, occurred_at from retention_signal "
                    + "where occurred_at >= ? and occurred_at < ?")) {
                ps.setTimestamp(1, Timestamp.from(from));
                ps.setTimestamp(2, Timestamp.from(to));
                ps.setFetchSize(5000);
                List<SignalAt> signals = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        signals.add(new SignalAt(rs.getString(1), SignalKind.valueOf(rs.getString(2)),
                                rs.getTimestamp(3).toInstant()));
                    }
                }
                return signals;
            }
        });
    }

    /** When each client churned: the first outcome the back office reported or task closed LOST. */
    public Map<String, Instant> churnedAt() {
        Map<String, Instant> churned = new HashMap<>(tasks.firstLostAt());
        db.call(c -> {
            Rows.forEach(c, "select client_id, min(occurred_at) from retention_churn_outcome group by client_id",
                    List.of(), rs -> churned.merge(rs.getString(1), rs.getTimestamp(2).toInstant(),
                            (a, b) -> a.isBefore(b) ? a : b));
            return null;
        });
        return churned;
    }
}
