package dev.kehu.retention.task;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.kehu.eventstore.problem.FieldError;
import dev.kehu.eventstore.problem.ProblemException;
import dev.kehu.eventstore.rest.Page;
import dev.kehu.eventstore.rest.PageRequest;
import dev.kehu.retention.domain.signal.ChurnRules;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The work queue, the outcome statistics and what other features may ask of a task (whose it is,
 * a client's open one), from the task read model (Hibernate ORM with Panache).
 */
@ApplicationScoped
public class TaskQueries {

    @Inject
    ChurnRules rules;

    /** One row of the work queue. */
    public record TaskRow(String taskId, String clientId, String status, String stage, String priority, Instant dueAt,
                          Instant openedAt, String assignee, boolean escalated, int riskScore, String riskLevel,
                          String clientSegment, String reasonCategory, String outcome, long version) {
    }

    /** The queue's filters; null means any. */
    public record Filter(String status, String priority, String assignee, String clientId) {

        static final String NONE = "none";

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

        /** {@code assignee=none}: the tasks no one has been assigned (docs/contract.md#retention-service-8083). */
        boolean unassigned() {
            return NONE.equals(assignee);
        }

        private static String blankToNull(String s) {
            return s == null || s.isBlank() ? null : s;
        }
    }

    public Page<TaskRow> list(Filter f, PageRequest page) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        filter(where, params, "status", f.status());
        filter(where, params, "priority", f.priority());
        if (f.unassigned()) {
            where.append(" and assignee is null");
        } else {
            filter(where, params, "assignee", f.assignee());
        }
        filter(where, params, "clientId", f.clientId());
        // P1 first (the codes sort as they rank), then the most pressing due time
        PanacheQuery<TaskRecord> query = TaskRecord.<TaskRecord>find(where.toString(),
                Sort.by("priority").and("dueAt").and("taskId"), params)
                .page(io.quarkus.panache.common.Page.of(page.page(), page.size()));
        List<TaskRow> items = query.list().stream().map(TaskQueries::row).toList();
        return new Page<>(items, page.page(), page.size(), query.count());
    }

    /** Whether {@code taskId} is a task of {@code clientId}. */
    public boolean isTaskOf(String taskId, String clientId) {
        return TaskRecord.<TaskRecord>findByIdOptional(taskId).filter(t -> t.clientId.equals(clientId)).isPresent();
    }

    /** The client's open task, if it has one (at most one: docs/domain.md#churn-alerts). */
    public Optional<String> openTaskOf(String clientId) {
        return TaskRecord.<TaskRecord>find("clientId = ?1 and status = 'OPEN'", clientId).firstResultOptional()
                .map(t -> t.taskId);
    }

    /** The open task of each of the clients that has one, by client. */
    public Map<String, String> openTasksOf(Collection<String> clientIds) {
        Map<String, String> open = new HashMap<>();
        if (!clientIds.isEmpty()) {
            TaskRecord.<TaskRecord>list("clientId in ?1 and status = 'OPEN'", clientIds)
                    .forEach(t -> open.put(t.clientId, t.taskId));
        }
        return open;
    }

    private static void filter(StringBuilder where, Map<String, Object> params, String field, String value) {
        if (value != null) {
            where.append(" and ").append(field).append(" = :").append(field);
            params.put(field, value);
        }
    }

    private static TaskRow row(TaskRecord t) {
        return new TaskRow(t.taskId, t.clientId, t.status, t.stage, t.priority, t.dueAt, t.openedAt, t.assignee,
                t.escalated, t.riskScore, t.riskLevel, t.clientSegment, t.reasonCategory, t.outcome, t.version);
    }

    /** Task counts by outcome for one group (all tasks, a reason category or a segment). */
    public record Outcomes(String group, long opened, long open, long retained, long partiallyRetained, long lost) {
    }

    /**
     * What the branch learns from the tasks opened in a period ({@code from} inclusive, {@code to}
     * exclusive; null for all): outcomes overall, by reason, by segment and by advisor, and time to close.
     */
    public record Stats(Instant from, Instant to, Outcomes total, List<Outcomes> byReasonCategory,
                        List<Outcomes> bySegment, List<Outcomes> byAdvisor, BigDecimal medianHoursToClose,
                        long closedCount) {
    }

    private static final String OUTCOMES = "count(*), count(*) filter (where t.status = 'OPEN'),"
            + " count(*) filter (where t.outcome = 'RETAINED'),"
            + " count(*) filter (where t.outcome = 'PARTIALLY_RETAINED'),"
            + " count(*) filter (where t.outcome = 'LOST') from TaskRecord t";

    /** Each client's first CPR task closed LOST: a churn, for the learned weights (docs/domain.md#learned-weights). */
    public Map<String, Instant> firstLostAt() {
        Map<String, Instant> lost = new HashMap<>();
        TaskRecord.getEntityManager().createQuery("select t.clientId, min(t.closedAt) from TaskRecord t "
                + "where t.outcome = 'LOST' and t.closedAt is not null group by t.clientId", Object[].class)
                .getResultList().forEach(r -> lost.put((String) r[0], (Instant) r[1]));
        return lost;
    }

    /**
     * The outcomes of the tasks opened from day {@code from} to day {@code to}, both inclusive, in the
     * trading zone (ISO dates; blank: unbounded).
     */
    public Stats stats(String from, String to) {
        LocalDate f = day("from", from);
        LocalDate t = day("to", to);
        if (f != null && t != null && t.isBefore(f)) {
            throw ProblemException.badRequest("to", "must not be before from");
        }
        return stats(f == null ? null : rules.startOf(f), t == null ? null : rules.startOf(t.plusDays(1)));
    }

    private static LocalDate day(String field, String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            LocalDate d = LocalDate.parse(s);
            if (d.getYear() < 1990 || d.getYear() > 2200) {
                throw ProblemException.badRequest(field, "must be between 1990 and 2200");
            }
            return d;
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest(field, "must be a date, e.g. 2026-03-01");
        }
    }

    Stats stats(Instant from, Instant to) {
        String period = " where t.openedAt >= :from and t.openedAt < :to";
        Map<String, Object> params = Map.of("from", from == null ? Instant.EPOCH : from,
                "to", to == null ? Instant.parse("9999-01-01T00:00:00Z") : to);
        Outcomes total = outcomes("select 'ALL', " + OUTCOMES + period, params).get(0);
        String reason = "coalesce(t.reasonCategory, 'NOT_RECORDED')";
        String segment = "coalesce(t.clientSegment, 'UNKNOWN')";
        String advisor = "coalesce(t.assignee, 'UNASSIGNED')";
        List<Outcomes> byReason = grouped(reason, period, params);
        List<Outcomes> bySegment = grouped(segment, period, params);
        List<Outcomes> byAdvisor = grouped(advisor, period, params);
        var query = TaskRecord.getEntityManager().createQuery("select percentile_cont(0.5) within group "
                + "(order by (extract(epoch from t.closedAt) - extract(epoch from t.openedAt)) / 3600.0), count(*) "
                + "from TaskRecord t" + period + " and t.closedAt is not null", Object[].class);
        params.forEach(query::setParameter);
        Object[] closed = query.getSingleResult();
        BigDecimal median = closed[0] == null ? null
                : new BigDecimal(closed[0].toString()).setScale(1, RoundingMode.HALF_UP);
        return new Stats(from, to, total, byReason, bySegment, byAdvisor, median, ((Number) closed[1]).longValue());
    }

    private static List<Outcomes> grouped(String group, String period, Map<String, Object> params) {
        return outcomes("select " + group + ", " + OUTCOMES + period + " group by " + group + " order by " + group,
                params);
    }

    private static List<Outcomes> outcomes(String hql, Map<String, Object> params) {
        var query = TaskRecord.getEntityManager().createQuery(hql, Object[].class);
        params.forEach(query::setParameter);
        return query.getResultList().stream()
                .map(r -> new Outcomes((String) r[0], count(r[1]), count(r[2]), count(r[3]), count(r[4]),
                        count(r[5])))
                .toList();
    }

    private static long count(Object n) {
        return ((Number) n).longValue();
    }
}
