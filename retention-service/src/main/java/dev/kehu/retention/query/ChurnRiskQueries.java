package dev.kehu.retention.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dev.kehu.eventstore.EventStore;
import dev.kehu.eventstore.problem.ProblemException;
import dev.kehu.eventstore.runtime.Db;
import dev.kehu.retention.config.RetentionConfig;
import dev.kehu.retention.ingest.ClientBatchHandler;
import dev.kehu.retention.signal.ChurnRules;
import dev.kehu.retention.signal.RiskAssessment;
import dev.kehu.retention.signal.RiskLevel;
import dev.kehu.retention.signal.Signal;
import dev.kehu.retention.signal.SignalKind;
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

    public ChurnRiskQueries(Db db, EventStore store, RetentionConfig config) {
        this.db = db;
        this.store = store;
        this.rules = ChurnRules.from(config);
    }

    public ChurnRisk churnRisk(String clientId, Instant asOf) {
        return db.call(c -> {
            if (store.version(c, ClientBatchHandler.streamId(clientId)) == 0) {
                throw ProblemException.notFound("no churn data for client " + clientId);
            }
            RiskAssessment risk = rules.assess(signals(c, clientId, asOf), asOf);
            int sum = risk.signals().stream().mapToInt(Signal::weight).sum();
            String explanation = risk.signals().size() + " signal(s) between " + risk.windowStart() + " and " + asOf
                    + " weigh " + sum + (sum > rules.scoreCap() ? ", capped at " + rules.scoreCap() : "")
                    + ": score " + risk.riskScore() + " is " + risk.riskLevel() + "; an alert is raised from "
                    + rules.alertScore();
            return new ChurnRisk(clientId, risk.riskScore(), risk.riskLevel(), asOf, risk.windowStart(), sum,
                    rules.scoreCap(), rules.alertScore(), explanation, risk.signals(), openTask(c, clientId));
        });
    }

    private List<Signal> signals(Connection c, String clientId, Instant asOf) throws SQLException {
        List<Signal> signals = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("select signal_id, kind, occurred_at, weight, detail "
                + "from retention_signal where client_id = ? and occurred_at > ? and occurred_at <= ?")) {
            ps.setString(1, clientId);
            ps.setTimestamp(2, Timestamp.from(asOf.minus(rules.window())));
            ps.setTimestamp(3, Timestamp.from(asOf));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    signals.add(new Signal(rs.getString(1), SignalKind.valueOf(rs.getString(2)),
                            rs.getTimestamp(3).toInstant(), rs.getInt(4), rs.getString(5)));
                }
            }
        }
        return signals;
    }

    private static String openTask(Connection c, String clientId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "select task_id from retention_task where client_id = ? and status = 'OPEN'")) {
            ps.setString(1, clientId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }
}
