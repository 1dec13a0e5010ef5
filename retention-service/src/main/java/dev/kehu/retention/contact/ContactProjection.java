package dev.kehu.retention.contact;

import java.sql.Timestamp;

import dev.kehu.eventstore.RowProjection;
import dev.kehu.retention.domain.client.ClientEvent.ContactRecorded;
import jakarta.enterprise.context.ApplicationScoped;

/** Every recorded contact in a table, a row per contact, for the contact history. */
@ApplicationScoped
public class ContactProjection extends RowProjection<ContactRecorded> {

    public ContactProjection() {
        super("retention-contacts", ContactRecorded.class, "retention_contact", "insert into retention_contact "
                + "(contact_id, client_id, channel, direction, purpose, occurred_at, notes, campaign_id, task_id, "
                + "recorded_by, recorded_at, reminder_content) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                + "on conflict (contact_id) do nothing",
                (ps, stored, c) -> {
                    ps.setString(1, c.contactId());
                    ps.setString(2, c.clientId());
                    ps.setString(3, c.channel().name());
                    ps.setString(4, c.direction().name());
                    ps.setString(5, c.purpose().name());
                    ps.setTimestamp(6, Timestamp.from(c.occurredAt()));
                    ps.setString(7, c.notes());
                    ps.setString(8, c.campaignId());
                    ps.setString(9, c.taskId());
                    ps.setString(10, c.recordedBy());
                    ps.setTimestamp(11, Timestamp.from(c.recordedAt()));
                    ps.setString(12, c.reminderContent() == null ? null : c.reminderContent().name());
                });
    }
}
