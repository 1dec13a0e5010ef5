package dev.kehu.retention.query;

import dev.kehu.eventstore.rest.PageRequest;
import dev.kehu.eventstore.rest.Page;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dev.kehu.eventstore.problem.FieldError;
import dev.kehu.eventstore.problem.ProblemException;
import dev.kehu.eventstore.runtime.Db;
import jakarta.enterprise.context.ApplicationScoped;

/** The work queue and the outcome statistics, from the task read model. */
@ApplicationScoped
public class TaskQueries {

    /** One row of the work queue. */
    public record TaskRow(String taskId, String clientId, String status, String stage, String priority, Instant dueAt,
                          Instant openedAt, String assignee, boolean escalated, int riskScore, String riskLevel,
                          String clientSegment, String reasonCategory, String outcome, long version) {
    }

    /** The queue's filters; null means any. */
    public record Filter(String status, String priority, String assignee, String clientId) {

        public static Filter parse(String status, String priority, String assignee, String clientId) {
            List<FieldError> errors = new ArrayList<>();
            if (status != null && !List.of("OPEN", "CLOSED").contains(status)) {
                errors.add(new FieldError("status", "must be OPEN or CLOSED"));
            }
            if (priority != null && !List.of("P1", "P2", "P3").contains(priority)) {
                errors.add(new FieldError("priority", "must be P1, P2 or P3"));
            }
            if (!errors.isEmpty()) {
                throw ProblemException.badRequest(errors);
            }
            return new Filter(status, priority, blankToNull(assignee), blankToNull(clientId));
        }

        private static String blankToNull(String s) {
            return s == null || s.isBlank() ? null : s;
        }
    }

    private static final String WHERE = " where (?::text is null or status = ?) and (?::text is null or priority = ?)"
            + " and (?::text is null or assignee = ?) and (?::text is null or client_id = ?)";

    private final Db db;

    public TaskQueries(Db db) {
        this.db = db;
    }

    public Page<TaskRow> list(Filter f, PageRequest page) {
        return db.call(c -> {
            long total;
            try (PreparedStatement ps = c.prepareStatement("select count(*) from retention_task" + WHERE)) {
                bind(ps, f);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            List<TaskRow> items = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("select task_id, client_id, status, stage, priority, due_at,"
                    + " opened_at, assignee, escalated, risk_score, risk_level, client_segment, reason_category,"
                    + " outcome, version from retention_task" + WHERE
                    // P1 first (the codes sort as they rank), then the most pressing due time
                    + " order by priority, due_at, task_id limit ? offset ?")) {
                int i = bind(ps, f);
                ps.setInt(i++, page.size());
                ps.setLong(i, page.offset());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        items.add(row(rs));
                    }
                }
            }
            return new Page<>(items, page.page(), page.size(), total);
        });
    }

    private static int bind(PreparedStatement ps, Filter f) throws SQLException {
        int i = 1;
        for (String v : new String[] {f.status(), f.priority(), f.assignee(), f.clientId()}) {
            ps.setString(i++, v);
            ps.setString(i++, v);
        }
        return i;
    }

    private static TaskRow row(ResultSet rs) throws SQLException {
        return new TaskRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getTimestamp(6).toInstant(), rs.getTimestamp(7).toInstant(), rs.getString(8), rs.getBoolean(9),
                rs.getInt(10), rs.getString(11), rs.getString(12), rs.getString(13), rs.getString(14), rs.getLong(15));
    }

    /** Task counts by outcome for one group (all tasks, a reason category or a segment). */
    public record Outcomes(String group, long opened, long open, long retained, long partiallyRetained, long lost) {
    }

    /** What the branch learns from its tasks: outcomes overall, by reason and by segment, and time to close. */
    public record Stats(Outcomes total, List<Outcomes> byReasonCategory, List<Outcomes> bySegment,
                        BigDecimal medianHoursToClose, long closedCount) {
    }

    private static final String OUTCOMES = "count(*), count(*) filter (where status = 'OPEN'),"
            + " count(*) filter (where outcome = 'RETAINED'), count(*) filter (where outcome = 'PARTIALLY_RETAINED'),"
            + " count(*) filter (where outcome = 'LOST') from retention_task";

    public Stats stats() {
        return db.call(c -> {
            Outcomes total = outcomes(c, "select 'ALL', " + OUTCOMES).get(0);
            List<Outcomes> byReason = outcomes(c, "select coalesce(reason_category, 'NOT_RECORDED') g, " + OUTCOMES
                    + " group by g order by g");
            List<Outcomes> bySegment = outcomes(c, "select coalesce(client_segment, 'UNKNOWN') g, " + OUTCOMES
                    + " group by g order by g");
            try (PreparedStatement ps = c.prepareStatement("select percentile_cont(0.5) within group (order by "
                    + "extract(epoch from closed_at - opened_at) / 3600), count(*) from retention_task "
                    + "where closed_at is not null");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                BigDecimal median = rs.getBigDecimal(1);
                return new Stats(total, byReason, bySegment,
                        median == null ? null : median.setScale(1, RoundingMode.HALF_UP), rs.getLong(2));
            }
        });
    }

    private static List<Outcomes> outcomes(Connection c, String sql) throws SQLException {
        List<Outcomes> list = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                list.add(new Outcomes(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                        rs.getLong(6)));
            }
        }
        return list;
    }
}
