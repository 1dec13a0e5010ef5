package dev.kehu.console.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.kehu.console.api.retention.ChurnModelFit;
import dev.kehu.console.api.retention.ChurnWeights;
import dev.kehu.console.i18n.Msg;

/**
 * What the churn-model page shows of one fit (docs/domain.md#learned-weights), formatted once here: per signal
 * kind the configured, learned and in-force weights with the coefficient and its interval, the calibration
 * bins as percentages, and the two charts' data with each kind's label in the page's language and its code.
 */
public record ChurnModelView(List<KindRow> kinds, List<BinRow> bins, String auc, String aucOfConfiguredWeights,
        String weightsChart, String calibrationChart) {

    /** One signal kind of the fit. {@code learned} is null when too few training points had the kind. */
    public record KindRow(String kind, int configured, Integer learned, Integer inForce, int raised,
            String coefficient, String interval) {
    }

    /** One calibration bin: its range, how many points, the mean predicted chance and the share that left. */
    public record BinRow(String range, int count, String predicted, String observed) {
    }

    /** A bar pair of the weights chart: the label in the page's language with its code. */
    public record WeightBar(String name, int configured, Integer learned) {
    }

    /** A point of the calibration chart. */
    public record CalibrationPoint(String name, double predicted, double observed, int count) {
    }

    static ChurnModelView of(ChurnModelFit fit, ChurnWeights inForce, Msg m) {
        List<KindRow> kinds = new ArrayList<>();
        List<WeightBar> bars = new ArrayList<>();
        for (ChurnModelFit.Coefficient c : fit.coefficients()) {
            // a kind not learned has no estimate: its stored 0 and [0, 0] would read as "learned to weigh nothing"
            Integer learned = c.learned() ? c.learnedWeight() : null;
            String interval = c.learned() && c.interval95().size() == 2
                    ? "[" + decimal(c.interval95().get(0)) + ", " + decimal(c.interval95().get(1)) + "]" : "—";
            Integer inForceWeight = inForce == null ? null : inForce.weight(c.kind());
            kinds.add(new KindRow(c.kind(), c.configuredWeight(), learned, inForceWeight, c.raised(),
                    c.learned() ? decimal(c.coefficient()) : "—", interval));
            bars.add(new WeightBar(m.labelled("signal", c.kind()), c.configuredWeight(), learned));
        }
        List<BinRow> bins = new ArrayList<>();
        List<CalibrationPoint> points = new ArrayList<>();
        ChurnModelFit.Holdout h = fit.holdout();
        if (h != null) {
            for (ChurnModelFit.Bin b : h.calibration()) {
                String range = percent(b.from(), 0) + "–" + percent(b.to(), 0);
                bins.add(new BinRow(range, b.count(), percent(b.predicted(), 1), percent(b.observed(), 1)));
                points.add(new CalibrationPoint(range, round(b.predicted() * 100), round(b.observed() * 100), b.count()));
            }
        }
        return new ChurnModelView(kinds, bins, h == null ? "—" : decimal(h.auc()),
                h == null ? "—" : decimal(h.aucOfConfiguredWeights()), Pages.json(bars), Pages.json(points));
    }

    static String decimal(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    static String percent(double share, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f%%", share * 100);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
