package dev.kehu.retention.fit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

import dev.kehu.eventstore.CommandHandler;
import dev.kehu.eventstore.CommandHandler.Messages;
import dev.kehu.eventstore.EventMetadata;
import dev.kehu.eventstore.EventStore;
import dev.kehu.eventstore.Outbox;
import dev.kehu.eventstore.jobs.Job;
import dev.kehu.eventstore.jobs.Jobs;
import dev.kehu.eventstore.problem.ProblemException;
import dev.kehu.eventstore.runtime.CurrentRequest;
import dev.kehu.eventstore.runtime.Db;
import dev.kehu.retention.churn.ChurnHistoryQueries;
import dev.kehu.retention.config.RetentionConfig;
import dev.kehu.retention.domain.signal.ChurnRules;
import dev.kehu.retention.domain.weights.ChurnModelEvent;
import dev.kehu.retention.domain.weights.ChurnModelEvent.FitCompleted;
import dev.kehu.retention.domain.weights.ChurnModelEvent.FitFailed;
import dev.kehu.retention.domain.weights.ChurnModelFit;
import dev.kehu.retention.domain.weights.FitDecider;
import dev.kehu.retention.domain.weights.Observation;
import dev.kehu.retention.domain.weights.ObservationPoints;
import dev.kehu.retention.domain.weights.WeightHistory;
import dev.kehu.retention.domain.weights.WeightsDecider;
import dev.kehu.retention.weights.WeightsService;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Fits the churn model as a job and adopts a fit's weights (docs/domain.md#learned-weights). The fit's id is its
 * job's id; the job records the fit's end on the fit's stream, with its evidence or why it failed, and fails
 * itself too when the history is too thin, so the job and the fit say the same.
 */
@ApplicationScoped
public class FitService {

    public static final String JOB_KIND = "churn-model-fit";

    /** What a fit job answers once it SUCCEEDED: where its evidence is, and the headline numbers. */
    public record FitResult(String fitId, String location, int observations, int churned, double auc,
                            double aucOfConfiguredWeights) {
    }

    private final Db db;
    private final Jobs jobs;
    private final CurrentRequest request;
    private final Clock clock;
    private final ChurnRules rules;
    private final RetentionConfig config;
    private final ChurnHistoryQueries history;
    private final FitQueries fits;
    private final WeightsService weights;
    private final CommandHandler<ChurnModelEvent, ChurnModelEvent, ChurnModelEvent> ends;

    public FitService(Db db, EventStore store, Outbox outbox, Jobs jobs, CurrentRequest request, Clock clock,
                      ChurnRules rules, RetentionConfig config, ChurnHistoryQueries history, FitQueries fits,
                      WeightsService weights) {
        this.db = db;
        this.jobs = jobs;
        this.request = request;
        this.clock = clock;
        this.rules = rules;
        this.config = config;
        this.history = history;
        this.fits = fits;
        this.weights = weights;
        this.ends = new CommandHandler<>(store, outbox, FitDecider.INSTANCE, Messages.none());
    }

    static UUID fitId(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("fitId", "must be a fit id (a UUID)");
        }
    }

    /** Checks the request and queues the fit; a 409 while another fit runs. */
    public Job start(FitRequest body) {
        FitRequest.Checked asked = body.checked(rules.tradingDay(clock.instant()), config.churnModel().maxPeriodDays());
        String by = request.actor();
        EventMetadata metadata = request.metadata();
        return jobs.start(JOB_KIND, by, progress -> run(progress.jobId().toString(), asked, by, metadata));
    }

    private FitResult run(String fitId, FitRequest.Checked asked, String by, EventMetadata metadata) {
        Instant from = rules.startOf(asked.from());
        Instant to = rules.startOf(asked.to().plusDays(1));
        List<Observation> points = ObservationPoints.of(history.signals(from.minus(rules.window()), to),
                history.churnedAt(), asked.from(), asked.to(), Duration.ofDays(asked.horizonDays()), rules.window(),
                rules.tradingZone(), clock.instant());
        ChurnModelFit.Evidence evidence;
        try {
            evidence = new ChurnModelFit(settings()).fit(points, rules.weights(), rules.scoreCap());
        } catch (ChurnModelFit.InsufficientHistoryException e) {
            end(new FitFailed(fitId, asked.from(), asked.to(), asked.horizonDays(), by, clock.instant(),
                    e.getMessage()), metadata);
            throw e;
        }
        end(new FitCompleted(fitId, asked.from(), asked.to(), asked.horizonDays(), by, clock.instant(), evidence),
                metadata);
        return new FitResult(fitId, FitResource.FITS + "/" + fitId, evidence.observations(), evidence.churned(),
                evidence.holdout().auc(), evidence.holdout().aucOfConfiguredWeights());
    }

    private ChurnModelFit.Settings settings() {
        RetentionConfig.ChurnModel m = config.churnModel();
        return new ChurnModelFit.Settings(m.l2(), m.bootstrapSamples(), m.bootstrapSeed(), m.holdoutShare(),
                m.minObservations(), m.minChurned(), m.minRaised());
    }

    private void end(ChurnModelEvent end, EventMetadata metadata) {
        String fitId = end instanceof FitCompleted f ? f.fitId() : ((FitFailed) end).fitId();
        db.inNewTransaction(c -> ends.handle(c, FitDecider.streamId(fitId), end, metadata, OptionalLong.empty()));
    }

    /**
     * A manager adopts a fit that completed: its weights are version n+1, in force for every signal raised from
     * now on. 404 for no such fit; 409 for one that failed, has not ended, or is in force already.
     */
    public WeightHistory adopt(String fitIdText) {
        String fitId = fitId(fitIdText).toString();
        String by = request.actor();
        EventMetadata metadata = request.metadata();
        return db.inNewTransaction(c -> {
            Optional<ChurnModelEvent> end = fits.ended(c, fitId);
            if (end.isEmpty()) {
                boolean running = jobs.get(UUID.fromString(fitId)).filter(j -> JOB_KIND.equals(j.kind())).isPresent();
                if (!running) {
                    throw ProblemException.notFound("no churn-model fit " + fitId);
                }
                throw ProblemException.conflict("fit " + fitId + " has not finished; adopt it once it SUCCEEDED",
                        Map.of("fitId", fitId));
            }
            if (end.get() instanceof FitFailed f) {
                throw ProblemException.conflict("fit " + fitId + " FAILED (" + f.error() + "): there is nothing to "
                        + "adopt", Map.of("fitId", fitId, "status", "FAILED"));
            }
            FitCompleted completed = (FitCompleted) end.get();
            try {
                return weights.adopt(c, new WeightsDecider.Adopt(fitId, completed.evidence().coefficients(), by,
                        clock.instant()), metadata);
            } catch (WeightsDecider.AlreadyInForceException e) {
                throw ProblemException.conflict(e.getMessage(), Map.of("fitId", fitId));
            }
        });
    }
}
