package dev.kehu.retention.query;

import java.time.Instant;
import java.util.List;

import dev.kehu.eventstore.EventStore;
import dev.kehu.eventstore.problem.ProblemException;
import dev.kehu.eventstore.runtime.Db;
import dev.kehu.retention.client.domain.SignalDetector;
import dev.kehu.retention.signal.domain.ChurnRules;
import dev.kehu.retention.signal.domain.RiskAssessment;
import dev.kehu.retention.signal.domain.RiskLevel;
import dev.kehu.retention.signal.domain.Signal;
import dev.kehu.retention.signal.domain.SignalKind;
import jakarta.enterprise.context.ApplicationScoped;

/** A client's churn risk at a moment, with every number it is made of. */
@ApplicationScoped
public class ChurnRiskQueries {

    /** The risk and its explanation: the window, the signals in it, the sum before the cap. */
    public record ChurnRisk(String clientId, int riskScore, RiskLevel riskLevel, Instant asOf, Instant windowStart,
                            int uncappedScore, int scoreCap, int alertScore, String explanation, List<Signal> signals,
                            String openTaskId) {
    }

    private final Db db;
    private final EventStore store;
    private final ChurnRules rules;

    public ChurnRiskQueries(Db db, EventStore store, ChurnRules rules) {
        this.db = db;
        this.store = store;
        this.rules = rules;
    }

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
