package dev.kehu.retention.domain.weights;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import dev.kehu.retention.domain.signal.SignalKind;

/**
 * The observation points of a fit (docs/domain.md#learned-weights): for each client, each trading day in the
 * period on which it raised a signal is a point, taken at that day's last signal. Its features are the kinds
 * raised in the window before it ({@code at - window < occurredAt <= at}); its label whether the client
 * churned within the horizon after it ({@code at < churnedAt <= at + horizon}). A point after the client had
 * already churned says nothing and is left out, and so is one whose horizon has not ended by {@code now}: its
 * outcome is not known yet, and counting it as "stayed" would bias the fit.
 */
public final class ObservationPoints {

    /** One signal as the fit sees it. */
    public record SignalAt(String clientId, SignalKind kind, Instant occurredAt) {
    }

    private ObservationPoints() {
    }

    /**
     * @param signals    the signals of the period and of the window before it, any order
     * @param churnedAt  each churned client's first outcome
     * @return the points, oldest first (ties by client id)
     */
    public static List<Observation> of(List<SignalAt> signals, Map<String, Instant> churnedAt, LocalDate from,
                                       LocalDate to, Duration horizon, Duration window, ZoneId zone, Instant now) {
        Instant periodStart = from.atStartOfDay(zone).toInstant();
        Instant periodEnd = to.plusDays(1).atStartOfDay(zone).toInstant();
        Map<String, List<SignalAt>> byClient = signals.stream().collect(Collectors.groupingBy(SignalAt::clientId));
        List<Observation> points = new ArrayList<>();
        for (Map.Entry<String, List<SignalAt>> e : byClient.entrySet()) {
            List<SignalAt> mine = e.getValue().stream().sorted(Comparator.comparing(SignalAt::occurredAt)).toList();
            // the last signal of each trading day in the period is that day's point
            TreeMap<LocalDate, Instant> days = new TreeMap<>();
            for (SignalAt s : mine) {
                if (!s.occurredAt().isBefore(periodStart) && s.occurredAt().isBefore(periodEnd)) {
                    days.merge(s.occurredAt().atZone(zone).toLocalDate(), s.occurredAt(),
                            (a, b) -> a.isAfter(b) ? a : b);
                }
            }
            Instant churned = churnedAt.get(e.getKey());
            for (Instant at : days.values()) {
                if (churned != null && !churned.isAfter(at)) {
                    continue;
                }
                if (at.plus(horizon).isAfter(now)) {
                    continue;
                }
                int features = 0;
                for (SignalAt s : mine) {
                    if (s.occurredAt().isAfter(at.minus(window)) && !s.occurredAt().isAfter(at)) {
                        features |= Observation.bit(s.kind());
                    }
                }
                boolean label = churned != null && !churned.isAfter(at.plus(horizon));
                points.add(new Observation(e.getKey(), at, features, label));
            }
        }
        points.sort(Comparator.comparing(Observation::at).thenComparing(Observation::clientId));
        return points;
    }
}
