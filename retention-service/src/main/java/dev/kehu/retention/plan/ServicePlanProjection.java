package dev.kehu.retention.plan;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.kehu.eventstore.Columns;
import dev.kehu.eventstore.StoredEvent;
import dev.kehu.eventstore.TableProjection;
import dev.kehu.retention.domain.client.ClientEvent;
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
    private final ChurnRules rules;

    public ServicePlanProjection(ServicePlans plans, ChurnRules rules) {
        super("retention-service-plans", "retention_service_plan",
                typesOf(SegmentObserved.class, ContactRecorded.class, SignalRaised.class));
        this.plans = plans;
        this.rules = rules;
    }

    @Override
    public void apply(Connection c, List<StoredEvent> events) throws SQLException {
        // the rows of the events' clients read once, the events folded into them in order, and each
        // changed row written once: two statements whatever the number of events
        Map<String, Row> rows = read(c, events);
        Map<String, Row> changed = new LinkedHashMap<>();
        for (StoredEvent e : events) {
            Row r = rows.get(((ClientEvent) e.event()).clientId());
            Row after = null;
            if (e.event() instanceof SegmentObserved s) {
                ServicePlan plan = plans.forPriority(s.priority().name()).orElseThrow();
                after = new Row(s.clientId(), plan.tier().name(), plan.contactEveryDays(),
                        r.firstClassifiedOn() == null ? s.asOf() : r.firstClassifiedOn(), r.lastContactAt(),
                        r.neglectRaised());
            } else if (e.event() instanceof ContactRecorded k) {
                if (r.lastContactAt() == null || k.occurredAt().isAfter(r.lastContactAt())) {
                    after = new Row(r.clientId(), r.tier(), r.every(), r.firstClassifiedOn(),
                            Columns.stored(k.occurredAt()), false);
                }
            } else if (e.event() instanceof SignalRaised s && s.kind() == SignalKind.NEGLECT) {
                after = new Row(r.clientId(), r.tier(), r.every(), r.firstClassifiedOn(), r.lastContactAt(), true);
            }
            if (after != null) {
                rows.put(after.clientId(), after);
                changed.put(after.clientId(), after);
            }
        }
        write(c, changed.values());
    }

    /** The rows of the events' clients; an empty row for a client the table does not have yet. */
    private static Map<String, Row> read(Connection c, List<StoredEvent> events) throws SQLException {
        Map<String, Row> rows = new HashMap<>();
        for (StoredEvent e : events) {
            String clientId = ((ClientEvent) e.event()).clientId();
            rows.putIfAbsent(clientId, new Row(clientId, null, null, null, null, false));
        }
        try (PreparedStatement ps = c.prepareStatement("select client_id, tier, contact_every_days, "
                + "first_classified_on, last_contact_at, neglect_raised from retention_service_plan "
                + "where client_id = any(?)")) {
            ps.setArray(1, c.createArrayOf("text", rows.keySet().toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Date first = rs.getDate(4);
                    Timestamp last = rs.getTimestamp(5);
                    rows.put(rs.getString(1), new Row(rs.getString(1), rs.getString(2), (Integer) rs.getObject(3),
                            first == null ? null : first.toLocalDate(), last == null ? null : last.toInstant(),
                            rs.getBoolean(6)));
                }
            }
        }
        return rows;
    }

    private void write(Connection c, Collection<Row> rows) throws SQLException {
        Columns columns = new Columns(7);
        for (Row r : rows) {
            LocalDate due = null;
            if (r.every() != null && r.firstClassifiedOn() != null) {
                due = new ContactSchedule(r.every(), r.lastContactAt() == null ? null
                        : rules.tradingDay(r.lastContactAt()), r.firstClassifiedOn()).nextContactDue();
            }
            columns.add(r.clientId(), r.tier(), r.every(), r.firstClassifiedOn(), r.lastContactAt(), due,
                    r.neglectRaised());
        }
        columns.execute(c, "insert into retention_service_plan (client_id, tier, contact_every_days, "
                + "first_classified_on, last_contact_at, next_contact_due, neglect_raised) select * from "
                + "unnest(?::text[], ?::text[], ?::integer[], ?::date[], ?::timestamptz[], ?::date[], ?::boolean[]) "
                + "on conflict (client_id) do update set tier = excluded.tier, "
                + "contact_every_days = excluded.contact_every_days, "
                + "first_classified_on = excluded.first_classified_on, last_contact_at = excluded.last_contact_at, "
                + "next_contact_due = excluded.next_contact_due, neglect_raised = excluded.neglect_raised");
    }
}
