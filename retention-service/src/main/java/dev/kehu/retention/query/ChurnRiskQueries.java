package dev.kehu.retention.query;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import dev.kehu.eventstore.rest.Page;
import dev.kehu.eventstore.rest.PageRequest;

import dev.kehu.eventstore.EventStore;
import dev.kehu.eventstore.problem.ProblemException;
import dev.kehu.eventstore.runtime.Db;
import dev.kehu.retention.domain.client.SignalDetector;
import dev.kehu.retention.domain.signal.ChurnRules;
import dev.kehu.retention.domain.signal.RiskAssessment;
import dev.kehu.retention.domain.signal.RiskLevel;
import dev.kehu.retention.domain.signal.Signal;
import dev.kehu.retention.domain.signal.SignalKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** A client's churn risk at a moment, with every number it is made of. */
@ApplicationScoped
public class ChurnRiskQueries {

    /** The risk and its explanation: the window, the signals in it, the sum before the cap. */
    public record ChurnRisk(String clientId, int riskScore, RiskLevel riskLevel, Instant asOf, Instant windowStart,
                            int uncappedScore, int scoreCap, int alertScore, String explanation, List<Signal> signals,
                            String openTaskId) {
    }

    /** One row of the churn-risk list: a client with signals in the window and its score now. */
    public record ChurnRiskRow(String clientId, int riskScore, RiskLevel riskLevel, long signalCount,
                               Instant lastSignalAt, String openTaskId) {
    }

    @Inject
    Db db;

    @Inject
    EventStore store;

    @Inject
    ChurnRules rules;

    public ChurnRisk churnRisk(String clientId, Instant asOf) {
        // the event store says whether the client exists at all (JDBC); the read models are on Panache
        if (db.call(c -> store.version(c, SignalDetector.streamId(clientId))) == 0) {
            throw ProblemException.notFound("no churn data for client " + clientId);
        }
        RiskAssessment risk = rules.assess(signals(clientId, asOf), asOf);
        int sum = risk.signals().stream().mapToInt(Signal::weight).sum();
        String explanation = risk.signals().size() + " signal(s) between " + risk.windowStart() + " and " + asOf
                + " weigh " + sum + (sum > rules.scoreCap() ? ", capped at " + rules.scoreCap() : "")
                + ": score " + risk.riskScore() + " is " + risk.riskLevel() + "; an alert is raised from "
                + rules.alertScore();
        return new ChurnRisk(clientId, risk.riskScore(), risk.riskLevel(), asOf, risk.windowStart(), sum,
                rules.scoreCap(), rules.alertScore(), explanation, risk.signals(), openTask(clientId));
    }

    /**
     * Every client with a signal in the window ending {@code asOf}, highest score first (then by client
     * id), those below the alert line included; {@code level} and {@code minScore} narrow it (null: any).
     * The scores, the filters, the order and the page are all worked out by PostgreSQL, so a request
     * holds one page of rows whatever the number of clients (docs/contract.md, paging).
     */
    public Page<ChurnRiskRow> list(RiskLevel level, Integer minScore, Instant asOf, PageRequest page) {
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
                + "select n.total, p.client_id, p.score, p.signals, p.last_at, t.task_id "
                + "from (select count(*) as total from listed) n "
                + "left join lateral (select * from listed order by score desc, client_id collate \"C\" "
                + "limit ? offset ?) p on true "
                + "left join retention_task t on t.client_id = p.client_id and t.status = 'OPEN' "
                + "order by p.score desc, p.client_id collate \"C\"";
        return db.call(c -> {
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
                                    rs.getObject(5, OffsetDateTime.class).toInstant(), rs.getString(6)));
                        }
                    }
                }
                return new Page<>(items, page.page(), page.size(), total);
            }
        });
    }

    private List<Signal> signals(String clientId, Instant asOf) {
        return SignalRecord.<SignalRecord>list("clientId = ?1 and occurredAt > ?2 and occurredAt <= ?3", clientId,
                        asOf.minus(rules.window()), asOf).stream()
                .map(s -> new Signal(s.signalId, SignalKind.valueOf(s.kind), s.occurredAt, s.weight, s.detail))
                .toList();
    }

    private static String openTask(String clientId) {
        return TaskRecord.<TaskRecord>find("clientId = ?1 and status = 'OPEN'", clientId).firstResultOptional()
                .map(t -> t.taskId).orElse(null);
    }
}
