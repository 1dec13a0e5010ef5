package dev.kehu.retention.fit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.kehu.retention.domain.weights.ChurnModelFit;
import dev.kehu.retention.domain.weights.ChurnModelEvent.FitCompleted;
import dev.kehu.retention.domain.weights.ChurnModelEvent.FitFailed;

/**
 * A fit and its evidence as served (docs/contract.md, learned churn weights): while its job runs only the status;
 * a FAILED one says why; a SUCCEEDED one the coefficients, the hold-out AUCs and the calibration.
 */
@Schema(name = "ChurnModelFit")
public record FitView(String fitId,
                      @Schema(description = "QUEUED, RUNNING, SUCCEEDED or FAILED") String status,
                      Period period, Integer horizonDays, String requestedBy, Instant finishedAt,
                      @Schema(description = "observation points: client days with a signal") Integer observations,
                      @Schema(description = "points followed by a churn within the horizon") Integer churned,
                      Integer trainingPoints, Integer holdoutPoints, Double intercept,
                      List<ChurnModelFit.Coefficient> coefficients, ChurnModelFit.Holdout holdout,
                      Bootstrap bootstrap, Double l2,
                      @Schema(description = "the weight version this fit became, if a manager adopted it")
                      Integer adoptedAsVersion,
                      @Schema(description = "why it FAILED") String error) {

    public record Period(LocalDate from, LocalDate to) {
    }

    public record Bootstrap(int samples, long seed) {
    }

    static FitView completed(FitCompleted f, Integer adoptedAsVersion) {
        ChurnModelFit.Evidence e = f.evidence();
        return new FitView(f.fitId(), "SUCCEEDED", new Period(f.from(), f.to()), f.horizonDays(), f.requestedBy(),
                f.finishedAt(), e.observations(), e.churned(), e.trainingPoints(), e.holdoutPoints(), e.intercept(),
                e.coefficients(), e.holdout(), new Bootstrap(e.bootstrapSamples(), e.seed()), e.l2(), adoptedAsVersion,
                null);
    }

    static FitView failed(FitFailed f) {
        return new FitView(f.fitId(), "FAILED", new Period(f.from(), f.to()), f.horizonDays(), f.requestedBy(),
                f.finishedAt(), null, null, null, null, null, null, null, null, null, null, f.error());
    }

    static FitView pending(String fitId, String status, String requestedBy, String error) {
        return new FitView(fitId, status, null, null, requestedBy, null, null, null, null, null, null, null, null,
                null, null, null, error);
    }
}
