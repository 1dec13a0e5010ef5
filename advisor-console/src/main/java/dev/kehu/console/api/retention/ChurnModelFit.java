package dev.kehu.console.api.retention;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A fit of the churn weights and its evidence (docs/contract.md, learned churn weights; docs/domain.md,
 * learned-weights): while its job runs only {@code fitId}, {@code status} and {@code requestedBy}; a FAILED one
 * its {@code error}; a SUCCEEDED one the coefficients, the hold-out AUCs and the calibration.
 */
public record ChurnModelFit(String fitId, String status, Period period, Integer horizonDays, String requestedBy,
        Instant finishedAt, Integer observations, Integer churned, Integer trainingPoints, Integer holdoutPoints,
        List<Coefficient> coefficients, Holdout holdout, Integer adoptedAsVersion, String error) {

    public ChurnModelFit {
        coefficients = coefficients == null ? List.of() : coefficients;
    }

    public boolean succeeded() {
        return "SUCCEEDED".equals(status);
    }

    /** Still queued or running: the page looks again shortly. */
    public boolean running() {
        return "QUEUED".equals(status) || "RUNNING".equals(status);
    }

    public record Period(LocalDate from, LocalDate to) {
    }

    /**
     * One signal kind: its coefficient (log-odds) and bootstrap 95% interval, how many training points had it,
     * whether that was enough to learn from, the weight it implies (null when not learned) and the configured one.
     */
    public record Coefficient(String kind, int raised, double coefficient, List<Double> interval95, boolean learned,
            Integer learnedWeight, int configuredWeight) {

        public Coefficient {
            interval95 = interval95 == null ? List.of() : interval95;
        }
    }

    /** The later points the model never saw: how many, how many churned, both AUCs and the calibration table. */
    public record Holdout(int points, int churned, double auc, double aucOfConfiguredWeights, List<Bin> calibration) {

        public Holdout {
            calibration = calibration == null ? List.of() : calibration;
        }
    }

    /** One calibration bin: its range of predicted chance, how many points, mean predicted and observed rate. */
    public record Bin(int bin, double from, double to, int count, double predicted, double observed) {
    }

    /** One fit in the list, newest first. */
    public record Summary(String fitId, String status, Period period, Integer horizonDays, String requestedBy,
            Instant finishedAt, Integer observations, Integer churned, Double auc, Double aucOfConfiguredWeights,
            String error) {

        /** The hold-out AUC with two decimals, a dash when the fit has none. */
        public String aucShown() {
            return auc == null ? "—" : String.format(java.util.Locale.ROOT, "%.2f", auc);
        }

        public String aucOfConfiguredWeightsShown() {
            return aucOfConfiguredWeights == null ? "—" : String.format(java.util.Locale.ROOT, "%.2f", aucOfConfiguredWeights);
        }
    }

    /** The body of a fit to start. */
    public record Request(String from, String to, Integer horizonDays) {
    }

    /** The job a start answers with; its id is the fit's id. */
    public record Job(String jobId, String status) {
    }
}
