package dev.kehu.retention.contact;

import java.time.Instant;

import org.hibernate.annotations.Immutable;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A row of {@code retention_contact}, read only; {@link ContactProjection} writes it over JDBC. */
@Entity
@Immutable
@Table(name = "retention_contact")
public class ContactRecord extends PanacheEntityBase {

    @Id
    public String contactId;
    public String clientId;
    public String channel;
    public String direction;
    public String purpose;
    public Instant occurredAt;
    public String notes;
    public String campaignId;
    public String taskId;
    public String recordedBy;
    public Instant recordedAt;
    public String reminderContent;
}
