package dev.kehu.retention.fit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.kehu.eventstore.EventStore;
import dev.kehu.eventstore.StoredEvent;
import dev.kehu.eventstore.jobs.Job;
import dev.kehu.eventstore.jobs.Jobs;
import dev.kehu.eventstore.problem.ProblemException;
import dev.kehu.eventstore.rest.Page;
import dev.kehu.eventstore.rest.PageRequest;
import dev.kehu.eventstore.runtime.Db;
import dev.kehu.retention.config.Rows;
import dev.kehu.retention.domain.weights.ChurnModelEvent;
import dev.kehu.retention.domain.weights.ChurnModelEvent.FitCompleted;
import dev.kehu.retention.domain.weights.ChurnModelEvent.FitFailed;
import dev.kehu.retention.domain.weights.FitDecider;
import dev.kehu.retention.domain.weights.WeightHistory;
import dev.kehu.retention.weights.WeightsInForce;
import jakarta.enterprise.context.ApplicationScoped;

/** The fits: a page of them newest first, and one with its evidence (docs/domain.md#learned-weights). */
@ApplicationScoped
public class FitQueries {

    /** One fit in the list: how it ended and its two hold-out AUCs. */
    public record FitSummary(String fitId, String status, FitView.Period period, int horizonDays, String requestedBy,
                             Instant finishedAt, Integer observations, Integer churned, Double auc,
                             Double aucOfConfiguredWeights, String error) {
    }

    private final Db db;
    private final EventStore store;
    private final Jobs jobs;
    private final WeightsInForce weights;

    public FitQueries(Db db, EventStore store, Jobs jobs, WeightsInForce weights) {
        this.db = db;
        this.store = store;
        this.jobs = jobs;
        this.weights = weights;
    }

    public Page<FitSummary> list(PageRequest page) {
        return db.call(c -> {
            long total = Rows.count(c, "select count(*) from retention_churn_fit", List.of());
            List<FitSummary> items = new ArrayList<>();
            Rows.forEach(c, "select fit_id, status, period_from, period_to, horizon_days, requested_by, finished_at, "
                    + "observations, churned, auc, auc_configured, error "
                    + "from retention_churn_fit order by finished_at desc, fit_id limit ? offset ?",
                    List.of(page.size(), page.offset()), rs -> items.add(summary(rs)));
            return new Page<>(items, page.page(), page.size(), total);
        });
    }

    private static FitSummary summary(ResultSet rs) throws SQLException {
        return new FitSummary(rs.getString(1), rs.getString(2),
                new FitView.Period(rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class)),
                rs.getInt(5), rs.getString(6), rs.getTimestamp(7).toInstant(), (Integer) rs.getObject(8),
                (Integer) rs.getObject(9), (Double) rs.getObject(10), (Double) rs.getObject(11), rs.getString(12));
    }

    /** The fit's end as recorded on its stream, if it has ended. */
    public Optional<ChurnModelEvent> ended(String fitId) {
        return db.call(c -> ended(c, fitId));
    }

    Optional<ChurnModelEvent> ended(java.sql.Connection c, String fitId) throws SQLException {
        List<StoredEvent> events = store.readStream(c, FitDecider.streamId(fitId));
        return events.isEmpty() ? Optional.empty() : Optional.of(events.get(0).as(ChurnModelEvent.class));
    }

    /** The fit; while its job has not ended, the job's status; 404 for neither. */
    public FitView get(String fitId) {
        UUID id = FitService.fitId(fitId);
        Optional<ChurnModelEvent> end = ended(id.toString());
        if (end.isPresent() && end.get() instanceof FitCompleted f) {
            WeightHistory history = db.call(weights::history);
            Integer adopted = history.versions().stream().filter(v -> f.fitId().equals(v.fitId()))
                    .map(WeightHistory.Version::version).findFirst().orElse(null);
            return FitView.completed(f, adopted);
        }
        if (end.isPresent() && end.get() instanceof FitFailed f) {
            return FitView.failed(f);
        }
        Job job = jobs.get(id).filter(j -> FitService.JOB_KIND.equals(j.kind()))
                .orElseThrow(() -> ProblemException.notFound("no churn-model fit " + fitId));
        return FitView.pending(fitId, job.status().name(), job.requestedBy(), job.error());
    }
}
