package dev.kehu.retention.domain.client;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

import dev.kehu.retention.domain.client.ClientEvent.AdvisorAssigned;
import dev.kehu.retention.domain.client.ClientEvent.AssessmentObserved;
import dev.kehu.retention.domain.client.ClientEvent.BalanceReported;
import dev.kehu.retention.domain.client.ClientEvent.ChurnAlertRaised;
import dev.kehu.retention.domain.client.ClientEvent.ContactRecorded;
import dev.kehu.retention.domain.client.ClientEvent.NeedsObserved;
import dev.kehu.retention.domain.client.ClientEvent.SegmentObserved;
import dev.kehu.retention.domain.client.ClientEvent.SignalRaised;
import dev.kehu.retention.domain.signal.Signal;
import dev.kehu.retention.domain.signal.SignalKind;
import dev.kehu.retention.domain.task.TaskEvent.ClientValue;

/**
 * What the churn rules need to know about a client: each account's reported totals by day, the
 * latest segment and the day of the first, the signals raised so far, the latest contact,
 * whether the current neglect period (since that contact) has been flagged, the responsible advisor, and
 * when the client left (the first transfer-out completed or account closed; null while a client).
 * Immutable; {@link #evolve} returns a new state.
 */
public record ClientState(Map<String, TreeMap<LocalDate, BigDecimal>> balances, SegmentObserved segment,
                          List<Signal> signals, LocalDate firstClassifiedOn, Instant lastContactAt,
                          boolean neglectRaised, String advisorId, Instant leftAt) {

    public static final ClientState INITIAL = new ClientState(Map.of(), null, List.of(), null, null, false, null, null);

    public static ClientState evolve(ClientState s, ClientEvent event) {
        if (event instanceof BalanceReported b) {
            Map<String, TreeMap<LocalDate, BigDecimal>> balances = new HashMap<>(s.balances);
            TreeMap<LocalDate, BigDecimal> days = new TreeMap<>(balances.getOrDefault(b.accountId(), new TreeMap<>()));
            days.put(b.asOf(), b.totalAssets());
            balances.put(b.accountId(), days);
            return new ClientState(balances, s.segment, s.signals, s.firstClassifiedOn, s.lastContactAt,
                    s.neglectRaised, s.advisorId, s.leftAt);
        }
        if (event instanceof SegmentObserved o) {
            return new ClientState(s.balances, o, s.signals, s.firstClassifiedOn == null ? o.asOf()
                    : s.firstClassifiedOn, s.lastContactAt, s.neglectRaised, s.advisorId, s.leftAt);
        }
        if (event instanceof SignalRaised r) {
            List<Signal> signals = new ArrayList<>(s.signals);
            signals.add(r.signal());
            return new ClientState(s.balances, s.segment, List.copyOf(signals), s.firstClassifiedOn, s.lastContactAt,
                    s.neglectRaised || r.kind() == SignalKind.NEGLECT, s.advisorId, s.leftAt);
        }
        if (event instanceof ContactRecorded c) {
            // a later contact starts a new period; one recorded late, older than the latest, changes nothing
            boolean later = s.lastContactAt == null || c.occurredAt().isAfter(s.lastContactAt);
            return later ? new ClientState(s.balances, s.segment, s.signals, s.firstClassifiedOn, c.occurredAt(), false,
                    s.advisorId, s.leftAt) : s;
        }
        if (event instanceof AdvisorAssigned a) {
            return new ClientState(s.balances, s.segment, s.signals, s.firstClassifiedOn, s.lastContactAt,
                    s.neglectRaised, a.advisorId(), s.leftAt);
        }
        if (event instanceof ClientEvent.ChurnOutcomeObserved o) {
            // the first outcome is when the client left; a later one (a second account closed) changes nothing
            return s.leftAt != null ? s : new ClientState(s.balances, s.segment, s.signals, s.firstClassifiedOn,
                    s.lastContactAt, s.neglectRaised, s.advisorId, o.occurredAt());
        }
        if (event instanceof ChurnAlertRaised || event instanceof NeedsObserved || event instanceof AssessmentObserved) {
            // remembered for the read models (docs/domain.md#reminders); the churn rules do not use them
            return s;
        }
        throw new IllegalArgumentException("unknown client event " + event.getClass().getName());
    }

    public static ClientState fold(List<? extends ClientEvent> events) {
        ClientState s = INITIAL;
        for (ClientEvent e : events) {
            s = evolve(s, e);
        }
        return s;
    }

    /**
     * The client's total on a day: every account's latest report on or before it, so a day on which
     * only some accounts have reported yet is not mistaken for a fall.
     */
    public BigDecimal totalOn(LocalDate day) {
        BigDecimal total = BigDecimal.ZERO;
        for (TreeMap<LocalDate, BigDecimal> days : balances.values()) {
            Map.Entry<LocalDate, BigDecimal> e = days.floorEntry(day);
            if (e != null) {
                total = total.add(e.getValue());
            }
        }
        return total;
    }

    /** Days on which any account reported, in order. */
    public TreeSet<LocalDate> reportDays() {
        TreeSet<LocalDate> days = new TreeSet<>();
        balances.values().forEach(d -> days.addAll(d.keySet()));
        return days;
    }

    /** The client's value as the branch knows it now: its latest segment and its last reported total. */
    public ClientValue value() {
        Optional<LocalDate> lastDay = lastReportDay(LocalDate.MAX);
        return new ClientValue(segment == null ? null : segment.segment(),
                segment == null ? null : segment.priority().name(), segment == null ? null : segment.averageAssets(),
                lastDay.map(this::totalOn).orElse(null), lastDay.orElse(null));
    }

    /** The last report day on or before {@code day}. */
    public Optional<LocalDate> lastReportDay(LocalDate day) {
        return Optional.ofNullable(reportDays().floor(day));
    }
}
