package dev.kehu.retention.query;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import dev.kehu.eventstore.StoredEvent;
import dev.kehu.eventstore.TableProjection;
import dev.kehu.retention.domain.client.ClientEvent.ContactRecorded;
import dev.kehu.retention.domain.client.ClientEvent.SegmentObserved;
import dev.kehu.retention.domain.client.ClientEvent.SignalRaised;
import dev.kehu.retention.domain.plan.ContactSchedule;
import dev.kehu.retention.domain.plan.ServicePlan;
import dev.kehu.retention.domain.plan.ServicePlans;
import dev.kehu.retention.domain.signal.ChurnRules;
import dev.kehu.retention.domain.signal.SignalKind;
import jakarta.inject.Singleton;

/**
 * Each client's tier (from its latest segment), contact clock (first classification, latest contact,
 * next contact due) and whether the current neglect period is flagged: the contacts-due list and the
 * neglect scan's candidates.
 */
@Singleton
public class ServicePlanProjection extends TableProjection {


    /** One client's row as this projection keeps it. */
    private record Row(String clientId, String tier, Integer every, LocalDate firstClassifiedOn,
                       Instant lastContactAt, boolean neglectRaised) {
    }

    private final ServicePlans plans;
    private final ZoneId zone;

    public ServicePlanProjection(ServicePlans plans, ChurnRules rules) {
        super("retention-service-plans", "retention_service_plan",
                typesOf(SegmentObserved.class, ContactRecorded.class, SignalRaised.class));
        this.plans = plans;
        this.zone = rules.tradingZone();
    }

    @Override
    public void apply(Connection c, List<StoredEvent> events) throws SQLException {
        for (StoredEvent e : events) {
            if (e.event() instanceof SegmentObserved s) {
                Row r = read(c, s.clientId());
                ServicePlan plan = plans.forPriority(s.priority().name()).orElseThrow();
                write(c, new Row(s.clientId(), plan.tier().name(), plan.contactEveryDays(),
                        r.firstClassifiedOn() == null ? s.asOf() : r.firstClassifiedOn(), r.lastContactAt(),
                        r.neglectRaised()));
            } else if (e.event() instanceof ContactRecorded k) {
                Row r = read(c, k.clientId());
                if (r.lastContactAt() == null || k.occurredAt().isAfter(r.lastContactAt())) {
                    write(c, new Row(r.clientId(), r.tier(), r.every(), r.firstClassifiedOn(), k.occurredAt(), false));
                }
            } else if (e.event() instanceof SignalRaised s && s.kind() == SignalKind.NEGLECT) {
                Row r = read(c, s.clientId());
                write(c, new Row(r.clientId(), r.tier(), r.every(), r.firstClassifiedOn(), r.lastContactAt(), true));
            }
        }
    }

    private static Row read(Connection c, String clientId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select tier, contact_every_days, first_classified_on, "
                + "last_contact_at, neglect_raised from retention_service_plan where client_id = ?")) {
            ps.setString(1, clientId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return new Row(clientId, null, null, null, null, false);
                }
                Date first = rs.getDate(3);
                Timestamp last = rs.getTimestamp(4);
                return new Row(clientId, rs.getString(1), (Integer) rs.getObject(2),
                        first == null ? null : first.toLocalDate(), last == null ? null : last.toInstant(),
                        rs.getBoolean(5));
            }
        }
    }

    private void write(Connection c, Row r) throws SQLException {
        LocalDate due = null;
        if (r.every() != null && r.firstClassifiedOn() != null) {
            due = new ContactSchedule(r.every(), r.lastContactAt() == null ? null
                    : r.lastContactAt().atZone(zone).toLocalDate(), r.firstClassifiedOn()).nextContactDue();
        }
        try (PreparedStatement ps = c.prepareStatement("insert into retention_service_plan (client_id, tier, "
                + "contact_every_days, first_classified_on, last_contact_at, next_contact_due, neglect_raised) "
                + "values (?, ?, ?, ?, ?, ?, ?) on conflict (client_id) do update set tier = excluded.tier, "
                + "contact_every_days = excluded.contact_every_days, "
                + "first_classified_on = excluded.first_classified_on, last_contact_at = excluded.last_contact_at, "
                + "next_contact_due = excluded.next_contact_due, neglect_raised = excluded.neglect_raised")) {
            ps.setString(1, r.clientId());
            ps.setString(2, r.tier());
            if (r.every() == null) {
                ps.setNull(3, Types.INTEGER);
            } else {
                ps.setInt(3, r.every());
            }
            ps.setDate(4, r.firstClassifiedOn() == null ? null : Date.valueOf(r.firstClassifiedOn()));
            ps.setTimestamp(5, r.lastContactAt() == null ? null : Timestamp.from(r.lastContactAt()));
            ps.setDate(6, due == null ? null : Date.valueOf(due));
            ps.setBoolean(7, r.neglectRaised());
            ps.executeUpdate();
        }
    }
}
