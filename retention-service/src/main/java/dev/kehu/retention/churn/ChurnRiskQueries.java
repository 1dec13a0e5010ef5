package dev.kehu.retention.churn;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.kehu.eventstore.problem.ProblemException;
import dev.kehu.eventstore.rest.Page;
import dev.kehu.eventstore.rest.PageRequest;
import dev.kehu.eventstore.runtime.Db;
import dev.kehu.retention.client.ClientCommandHandler;
import dev.kehu.retention.domain.signal.ChurnRules;
import dev.kehu.retention.domain.signal.RiskAssessment;
import dev.kehu.retention.domain.signal.RiskLevel;
import dev.kehu.retention.domain.signal.Signal;
import dev.kehu.retention.domain.signal.SignalKind;
import dev.kehu.retention.task.TaskQueries;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * A client's churn risk at a moment, with every number it is made of, and the list of clients at
 * risk, from the signal read model (docs/domain.md#churn-risk).
 */
@ApplicationScoped
public class ChurnRiskQueries {

    /** Outside these an asOf is a typo, not a question about the branch's clients. */
    static final Instant EARLIEST = Instant.parse("1990-01-01T00:00:00Z");
    static final Instant LATEST = Instant.parse("2200-01-01T00:00:00Z");

    /** The risk and its explanation: the window, the signals in it, the sum before the cap. */
    public record ChurnRisk(String clientId, int riskScore, RiskLevel riskLevel, Instant asOf, Instant windowStart,
                            int uncappedScore, int scoreCap, int alertScore, String explanation, List<Signal> signals,
                            String openTaskId) {
    }

    /** One row of the churn-risk list: a client with signals in the window and its score now. */
    public record ChurnRiskRow(String clientId, int riskScore, RiskLevel riskLevel, long signalCount,
                               Instant lastSignalAt, String openTaskId) {

        ChurnRiskRow withOpenTask(String taskId) {
            return new ChurnRiskRow(clientId, riskScore, riskLevel, signalCount, lastSignalAt, taskId);
        }
    }

    private final Db db;
    private final ClientCommandHandler clients;
    private final TaskQueries tasks;
    private final ChurnRules rules;
    private final Clock clock;

    public ChurnRiskQueries(Db db, ClientCommandHandler clients, TaskQueries tasks, ChurnRules rules, Clock clock) {
        this.db = db;
        this.clients = clients;
        this.tasks = tasks;
        this.rules = rules;
        this.clock = clock;
    }

    /** The risk as of {@code asOf} (RFC 3339; null or blank: now). */
    public ChurnRisk churnRisk(String clientId, String asOf) {
        Instant at = asOf == null || asOf.isBlank() ? clock.instant() : instant(asOf);
        // the client stream says whether the client exists at all; the read models are on Panache
        if (!db.call(c -> clients.exists(c, clientId))) {
            throw ProblemException.notFound("no churn data for client " + clientId);
        }
        return churnRisk(clientId, at);
    }

    private ChurnRisk churnRisk(String clientId, Instant asOf) {
        RiskAssessment risk = rules.assess(signals(clientId, asOf), asOf);
        int sum = risk.signals().stream().mapToInt(Signal::weight).sum();
        String explanation = risk.signals().size() + " signal(s) between " + risk.windowStart() + " and " + asOf
                + " weigh " + sum + (sum > rules.scoreCap() ? ", capped at " + rules.scoreCap() : "")
                + ": score " + risk.riskScore() + " is " + risk.riskLevel() + "; an alert is raised from "
                + rules.alertScore();
        return new ChurnRisk(clientId, risk.riskScore(), risk.riskLevel(), asOf, risk.windowStart(), sum,
                rules.scoreCap(), rules.alertScore(), explanation, risk.signals(), tasks.openTaskOf(clientId).orElse(null));
    }

    /**
     * Every client with a signal in the window ending {@code asOf}, highest score first (then by client
     * id), those below the alert line included; {@code level} and {@code minScore} narrow it (null: any).
     * The scores, the filters, the order and the page are all worked out by PostgreSQL, so a request
     * holds one page of rows whatever the number of clients (docs/contract.md, paging).
     */
    public Page<ChurnRiskRow> list(String level, String minScore, PageRequest page) {
        return list(level(level), minScore(minScore), clock.instant(), page);
    }

    private Page<ChurnRiskRow> list(RiskLevel level, Integer minScore, Instant asOf, PageRequest page) {
        StringBuilder where = new StringBuilder("true");
        List<Object> filters = new ArrayList<>();
        if (minScore != null) {
            where.append(" and score >= ?");
            filters.add(minScore);
        }
        if (level != null) {
            // the same cut-offs as ChurnRules.level, in the same order
            where.append(" and case when score >= ? then 'CRITICAL' when score >= ? then 'HIGH'"
                    + " when score >= ? then 'MEDIUM' else 'LOW' end = ?");
            filters.addAll(List.of(rules.criticalFrom(), rules.highFrom(), rules.mediumFrom(), level.name()));
        }
        // the window read through retention_signal_window (V4); "C" orders client ids by code point, as
        // String.compareTo did when this list was sorted in memory
        String sql = "with risk as (select client_id, least(sum(weight), ?) as score, count(*) as signals, "
                + "max(occurred_at) as last_at from retention_signal where occurred_at > ? and occurred_at <= ? "
                + "group by client_id), "
                + "listed as (select * from risk where " + where + ") "
                + "select n.total, p.client_id, p.score, p.signals, p.last_at "
                + "from (select count(*) as total from listed) n "
                + "left join lateral (select * from listed order by score desc, client_id collate \"C\" "
                + "limit ? offset ?) p on true "
                + "order by p.score desc, p.client_id collate \"C\"";
        Page<ChurnRiskRow> scored = db.call(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int i = 0;
                ps.setInt(++i, rules.scoreCap());
                ps.setObject(++i, asOf.minus(rules.window()).atOffset(ZoneOffset.UTC));
                ps.setObject(++i, asOf.atOffset(ZoneOffset.UTC));
                for (Object f : filters) {
                    ps.setObject(++i, f);
                }
                ps.setInt(++i, page.size());
                ps.setLong(++i, page.offset());
                long total = 0;
                List<ChurnRiskRow> items = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        total = rs.getLong(1);
                        if (rs.getString(2) != null) {
                            int score = rs.getInt(3);
                            items.add(new ChurnRiskRow(rs.getString(2), score, rules.level(score), rs.getLong(4),
                                    rs.getObject(5, OffsetDateTime.class).toInstant(), null));
                        }
                    }
                }
                return new Page<>(items, page.page(), page.size(), total);
            }
        });
        // the page's open tasks, as the task feature knows them
        Map<String, String> open = tasks.openTasksOf(scored.items().stream().map(ChurnRiskRow::clientId).toList());
        return new Page<>(scored.items().stream().map(r -> r.withOpenTask(open.get(r.clientId()))).toList(),
                page.page(), page.size(), scored.total());
    }

    private static RiskLevel level(String level) {
        if (level == null || level.isBlank()) {
            return null;
        }
        try {
            return RiskLevel.valueOf(level);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("level", "must be LOW, MEDIUM, HIGH or CRITICAL");
        }
    }

    private Integer minScore(String minScore) {
        if (minScore == null || minScore.isBlank()) {
            return null;
        }
        int min;
        try {
            min = Integer.parseInt(minScore.trim());
        } catch (NumberFormatException e) {
            min = -1;
        }
        if (min < 0 || min > rules.scoreCap()) {
            throw ProblemException.badRequest("minScore", "must be a whole number from 0 to " + rules.scoreCap());
        }
        return min;
    }

    private static Instant instant(String s) {
        try {
            Instant i = OffsetDateTime.parse(s).toInstant();
            if (i.isBefore(EARLIEST) || i.isAfter(LATEST)) {
                throw ProblemException.badRequest("asOf", "must be between 1990 and 2200");
            }
            return i;
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest("asOf", "must be an RFC 3339 date-time, e.g. 2026-03-20T07:00:00Z");
        }
    }

    private List<Signal> signals(String clientId, Instant asOf) {
        return SignalRecord.<SignalRecord>list("clientId = ?1 and occurredAt > ?2 and occurredAt <= ?3", clientId,
                        asOf.minus(rules.window()), asOf).stream()
                .map(s -> new Signal(s.signalId, SignalKind.valueOf(s.kind), s.occurredAt, s.weight, s.detail))
                .toList();
    }
}
