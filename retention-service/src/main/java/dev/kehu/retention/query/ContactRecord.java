package dev.kehu.retention.query;

import java.time.Instant;

import org.hibernate.annotations.Immutable;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A row of {@code retention_contact}, read only; {@link ContactProjection} writes it over JDBC. */
@Entity
@Immutable
@Table(name = "retention_contact")
public class ContactRecord extends PanacheEntityBase {

    @Id
    @Column(name = "contact_id")
    public String contactId;
    @Column(name = "client_id")
    public String clientId;
    public String channel;
    public String direction;
    public String purpose;
    @Column(name = "occurred_at")
    public Instant occurredAt;
    public String notes;
    @Column(name = "campaign_id")
    public String campaignId;
    @Column(name = "task_id")
    public String taskId;
    @Column(name = "recorded_by")
    public String recordedBy;
    @Column(name = "recorded_at")
    public Instant recordedAt;
}
