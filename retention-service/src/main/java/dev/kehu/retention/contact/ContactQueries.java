package dev.kehu.retention.contact;

import java.time.Instant;

import dev.kehu.eventstore.rest.Page;
import dev.kehu.eventstore.rest.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

/** A client's contact history, from the contact read model (Hibernate ORM with Panache). */
@ApplicationScoped
public class ContactQueries {

    /** One recorded contact. */
    public record ContactView(String contactId, String clientId, String channel, String direction, String purpose,
                              Instant occurredAt, String notes, String campaignId, String taskId, String recordedBy,
                              Instant recordedAt, String reminderContent) {
    }

    /** The client's contacts, newest first. */
    public Page<ContactView> contacts(String clientId, PageRequest page) {
        PanacheQuery<ContactRecord> q = ContactRecord.<ContactRecord>find("clientId",
                Sort.descending("occurredAt").and("recordedAt", Sort.Direction.Descending).and("contactId"), clientId)
                .page(io.quarkus.panache.common.Page.of(page.page(), page.size()));
        return new Page<>(q.list().stream().map(ContactQueries::view).toList(), page.page(), page.size(), q.count());
    }

    private static ContactView view(ContactRecord c) {
        return new ContactView(c.contactId, c.clientId, c.channel, c.direction, c.purpose, c.occurredAt, c.notes,
                c.campaignId, c.taskId, c.recordedBy, c.recordedAt, c.reminderContent);
    }
}
