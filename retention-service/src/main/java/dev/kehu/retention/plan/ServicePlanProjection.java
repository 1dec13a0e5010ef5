package dev.kehu.retention.plan;

import java.sql.Connection;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import dev.kehu.eventstore.Columns;
import dev.kehu.retention.config.ClientStateProjection;
import dev.kehu.retention.domain.client.ClientEvent;
import dev.kehu.retention.domain.client.ClientEvent.ChurnOutcomeObserved;
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
 * neglect scan's candidates. A client who left (docs/domain.md#service-plans) keeps the row, with no
 * contact due.
 */
@Singleton
public class ServicePlanProjection extends ClientStateProjection<ServicePlanProjection.Row> {

    /** One client's row as this projection keeps it. */
    record Row(String clientId, String tier, Integer every, LocalDate firstClassifiedOn,
               Instant lastContactAt, boolean neglectRaised, Instant leftAt) {
    }

    private final ServicePlans plans;
    private final ChurnRules rules;

    public ServicePlanProjection(ServicePlans plans, ChurnRules rules) {
        super("retention-service-plans", List.of("retention_service_plan"),
                typesOf(SegmentObserved.class, ContactRecorded.class, SignalRaised.class, ChurnOutcomeObserved.class),
                "select client_id, tier, contact_every_days, first_classified_on, last_contact_at, neglect_raised, "
                        + "left_at from retention_service_plan where client_id = any(?)");
        this.plans = plans;
        this.rules = rules;
    }

    @Override
    protected Row empty(String clientId) {
        return new Row(clientId, null, null, null, null, false, null);
    }

    @Override
    protected Row stored(ResultSet rs) throws SQLException {
        Date first = rs.getDate(4);
        Timestamp last = rs.getTimestamp(5);
        Timestamp left = rs.getTimestamp(7);
        return new Row(rs.getString(1), rs.getString(2), (Integer) rs.getObject(3),
                first == null ? null : first.toLocalDate(), last == null ? null : last.toInstant(), rs.getBoolean(6),
                left == null ? null : left.toInstant());
    }

    @Override
    protected Row fold(Row r, ClientEvent event) {
        if (event instanceof SegmentObserved s) {
            ServicePlan plan = plans.forPriority(s.priority().name()).orElseThrow();
            return new Row(s.clientId(), plan.tier().name(), plan.contactEveryDays(),
                    r.firstClassifiedOn() == null ? s.asOf() : r.firstClassifiedOn(), r.lastContactAt(),
                    r.neglectRaised(), r.leftAt());
        }
        if (event instanceof ContactRecorded k
                && (r.lastContactAt() == null || k.occurredAt().isAfter(r.lastContactAt()))) {
            return new Row(r.clientId(), r.tier(), r.every(), r.firstClassifiedOn(), Columns.stored(k.occurredAt()),
                    false, r.leftAt());
        }
        if (event instanceof SignalRaised s && s.kind() == SignalKind.NEGLECT) {
            return new Row(r.clientId(), r.tier(), r.every(), r.firstClassifiedOn(), r.lastContactAt(), true,
                    r.leftAt());
        }
        if (event instanceof ChurnOutcomeObserved o && r.leftAt() == null) {
            return new Row(r.clientId(), r.tier(), r.every(), r.firstClassifiedOn(), r.lastContactAt(),
                    r.neglectRaised(), Columns.stored(o.occurredAt()));
        }
        return r;
    }

    @Override
    protected void write(Connection c, Map<String, Row> changed) throws SQLException {
        Columns columns = new Columns(8);
        for (Row r : changed.values()) {
            LocalDate due = null;
            if (r.every() != null && r.firstClassifiedOn() != null && r.leftAt() == null) {
                due = new ContactSchedule(r.every(), r.lastContactAt() == null ? null
                        : rules.tradingDay(r.lastContactAt()), r.firstClassifiedOn()).nextContactDue();
            }
            columns.add(r.clientId(), r.tier(), r.every(), r.firstClassifiedOn(), r.lastContactAt(), due,
                    r.neglectRaised(), r.leftAt());
        }
        columns.execute(c, "insert into retention_service_plan (client_id, tier, contact_every_days, "
                + "first_classified_on, last_contact_at, next_contact_due, neglect_raised, left_at) select * from "
                + "unnest(?::text[], ?::text[], ?::integer[], ?::date[], ?::timestamptz[], ?::date[], ?::boolean[], "
                + "?::timestamptz[]) on conflict (client_id) do update set tier = excluded.tier, "
                + "contact_every_days = excluded.contact_every_days, "
                + "first_classified_on = excluded.first_classified_on, last_contact_at = excluded.last_contact_at, "
                + "next_contact_due = excluded.next_contact_due, neglect_raised = excluded.neglect_raised, "
                + "left_at = excluded.left_at");
    }
}
