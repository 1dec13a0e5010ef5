package dev.kehu.retention.reminder;

import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.kehu.eventstore.Columns;
import dev.kehu.eventstore.EventCodec;
import dev.kehu.retention.config.ClientStateProjection;
import dev.kehu.retention.domain.client.Activity;
import dev.kehu.retention.domain.client.ClientEvent;
import dev.kehu.retention.domain.client.ClientEvent.AssessmentObserved;
import dev.kehu.retention.domain.client.ClientEvent.ContactRecorded;
import dev.kehu.retention.domain.client.ClientEvent.NeedsObserved;
import dev.kehu.retention.domain.client.ClientEvent.SegmentObserved;
import dev.kehu.retention.domain.reminder.ClientReminders;
import dev.kehu.retention.domain.reminder.Reminder;
import dev.kehu.retention.domain.reminder.ReminderRules;
import dev.kehu.retention.domain.signal.ChurnRules;
import jakarta.inject.Singleton;

/**
 * Each client's reminders (docs/domain.md#reminders): the events they follow from folded into a
 * {@link ClientReminders} per client (kept as JSON), and the reminders it gives, due or not, rewritten whole
 * for every client an event touched. Days are trading days of the exchange's zone.
 */
@Singleton
public class ReminderProjection extends ClientStateProjection<ClientReminders> {

    private static final ObjectMapper JSON = EventCodec.defaultMapper();

    private final ReminderRules reminderRules;
    private final ChurnRules rules;

    public ReminderProjection(ReminderRules reminderRules, ChurnRules rules) {
        super("retention-reminders", List.of("retention_reminder_client", "retention_reminder"),
                typesOf(NeedsObserved.class, ContactRecorded.class, AssessmentObserved.class, SegmentObserved.class),
                "select client_id, state::text from retention_reminder_client where client_id = any(?)");
        this.reminderRules = reminderRules;
        this.rules = rules;
    }

    @Override
    protected ClientReminders empty(String clientId) {
        return ClientReminders.none(clientId);
    }

    @Override
    protected ClientReminders stored(ResultSet rs) throws SQLException {
        try {
            return JSON.readValue(rs.getString(2), ClientReminders.class);
        } catch (JsonProcessingException ex) {
            throw new UncheckedIOException("unreadable reminder state", ex);
        }
    }

    @Override
    protected ClientReminders fold(ClientReminders s, ClientEvent event) {
        if (event instanceof NeedsObserved n) {
            return s.withNeeds(n.reminders(), n.channel(), n.personality(), n.recordedAt(),
                    rules.tradingDay(n.recordedAt()));
        }
        if (event instanceof ContactRecorded k) {
            return k.reminderContent() == null ? s : s.withContact(k.reminderContent(), rules.tradingDay(k.occurredAt()));
        }
        if (event instanceof AssessmentObserved a) {
            return s.withAssessment(a.completedAt(), a.validUntil() == null ? null : rules.tradingDay(a.validUntil()));
        }
        if (event instanceof SegmentObserved o) {
            boolean first = o.previousSegment() == null;
            boolean wasStatic = !first && o.previousSegment().endsWith("_" + Activity.STATIC.name());
            return s.withSegment(wasStatic, o.activity() == Activity.STATIC, first, o.asOf());
        }
        return s;
    }

    @Override
    protected void write(Connection c, Map<String, ClientReminders> changed) throws SQLException {
        if (changed.isEmpty()) {
            return;
        }
        Columns states = new Columns(4);
        Columns reminders = new Columns(6);
        for (ClientReminders s : changed.values()) {
            try {
                states.add(s.clientId(), JSON.writeValueAsString(s), s.channel(), s.personality());
            } catch (JsonProcessingException ex) {
                throw new UncheckedIOException("cannot write reminder state", ex);
            }
            List<Reminder> due = s.reminders(reminderRules);
            for (int i = 0; i < due.size(); i++) {
                Reminder r = due.get(i);
                reminders.add(r.clientId(), i, r.content(), r.channel(), r.source(), r.dueOn());
            }
        }
        states.execute(c, "insert into retention_reminder_client (client_id, state, channel, personality) select * "
                + "from unnest(?::text[], ?::jsonb[], ?::text[], ?::text[]) on conflict (client_id) do update set "
                + "state = excluded.state, channel = excluded.channel, personality = excluded.personality");
        try (PreparedStatement ps = c.prepareStatement("delete from retention_reminder where client_id = any(?)")) {
            ps.setArray(1, c.createArrayOf("text", changed.keySet().toArray()));
            ps.executeUpdate();
        }
        reminders.execute(c, "insert into retention_reminder (client_id, position, content, channel, source, due_on) "
                + "select * from unnest(?::text[], ?::integer[], ?::text[], ?::text[], ?::text[], ?::date[])");
    }
}
