package dev.kehu.retention.fit;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.List;

import dev.kehu.eventstore.StoredEvent;
import dev.kehu.eventstore.TableProjection;
import dev.kehu.retention.domain.weights.ChurnModelEvent;
import dev.kehu.retention.domain.weights.ChurnModelEvent.FitCompleted;
import dev.kehu.retention.domain.weights.ChurnModelEvent.FitFailed;
import jakarta.enterprise.context.ApplicationScoped;

/** The fits, a row each, for the paged list (docs/domain.md#learned-weights); the evidence stays on the stream. */
@ApplicationScoped
public class FitProjection extends TableProjection {

    public FitProjection() {
        super("retention-churn-fits", "retention_churn_fit", typesOf(FitCompleted.class, FitFailed.class));
    }

    @Override
    public void apply(Connection c, List<StoredEvent> events) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("insert into retention_churn_fit (fit_id, status, period_from, "
                + "period_to, horizon_days, requested_by, finished_at, observations, churned, auc, auc_configured, "
                + "error) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (fit_id) do nothing")) {
            for (StoredEvent s : events) {
                ChurnModelEvent e = s.as(ChurnModelEvent.class);
                if (e instanceof FitCompleted f) {
                    bind(ps, f.fitId(), "SUCCEEDED", f.from(), f.to(), f.horizonDays(), f.requestedBy(), f);
                    ps.setInt(8, f.evidence().observations());
                    ps.setInt(9, f.evidence().churned());
                    ps.setDouble(10, f.evidence().holdout().auc());
                    ps.setDouble(11, f.evidence().holdout().aucOfConfiguredWeights());
                    ps.setNull(12, Types.VARCHAR);
                } else if (e instanceof FitFailed f) {
                    bind(ps, f.fitId(), "FAILED", f.from(), f.to(), f.horizonDays(), f.requestedBy(), f);
                    ps.setNull(8, Types.INTEGER);
                    ps.setNull(9, Types.INTEGER);
                    ps.setNull(10, Types.DOUBLE);
                    ps.setNull(11, Types.DOUBLE);
                    ps.setString(12, f.error());
                } else {
                    continue;
                }
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void bind(PreparedStatement ps, String fitId, String status, java.time.LocalDate from,
                             java.time.LocalDate to, int horizon, String by, ChurnModelEvent e) throws SQLException {
        ps.setString(1, fitId);
        ps.setString(2, status);
        ps.setDate(3, Date.valueOf(from));
        ps.setDate(4, Date.valueOf(to));
        ps.setInt(5, horizon);
        ps.setString(6, by);
        ps.setTimestamp(7, Timestamp.from(e instanceof FitCompleted f ? f.finishedAt() : ((FitFailed) e).finishedAt()));
    }
}
