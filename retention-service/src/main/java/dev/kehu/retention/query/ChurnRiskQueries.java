package dev.kehu.retention.query;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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
     */
    public Page<ChurnRiskRow> list(RiskLevel level, Integer minScore, Instant asOf, PageRequest page) {
        List<Object[]> sums = SignalRecord.getEntityManager().createQuery("select s.clientId, sum(s.weight), "
                + "count(s), max(s.occurredAt) from SignalRecord s where s.occurredAt > :from and s.occurredAt <= :to "
                + "group by s.clientId", Object[].class)
                .setParameter("from", asOf.minus(rules.window())).setParameter("to", asOf).getResultList();
        List<ChurnRiskRow> all = sums.stream().map(r -> {
            int score = (int) Math.min(((Number) r[1]).longValue(), rules.scoreCap());
            return new ChurnRiskRow((String) r[0], score, rules.level(score), ((Number) r[2]).longValue(),
                    (Instant) r[3], null);
        }).filter(r -> level == null || r.riskLevel() == level)
                .filter(r -> minScore == null || r.riskScore() >= minScore)
                .sorted(Comparator.comparingInt(ChurnRiskRow::riskScore).reversed()
                        .thenComparing(ChurnRiskRow::clientId))
                .toList();
        List<ChurnRiskRow> pageRows = all.stream().skip(page.offset()).limit(page.size()).toList();
        Map<String, String> openTasks = pageRows.isEmpty() ? Map.of()
                : TaskRecord.<TaskRecord>list("status = 'OPEN' and clientId in ?1",
                        pageRows.stream().map(ChurnRiskRow::clientId).toList()).stream()
                .collect(Collectors.toMap(t -> t.clientId, t -> t.taskId, (a, b) -> a));
        List<ChurnRiskRow> items = pageRows.stream().map(r -> new ChurnRiskRow(r.clientId(), r.riskScore(),
                r.riskLevel(), r.signalCount(), r.lastSignalAt(), openTasks.get(r.clientId()))).toList();
        return new Page<>(items, page.page(), page.size(), all.size());
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
