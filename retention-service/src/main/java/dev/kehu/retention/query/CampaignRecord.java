package dev.kehu.retention.query;

import java.time.Instant;
import java.time.LocalDate;

import org.hibernate.annotations.Immutable;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A row of {@code retention_campaign}, read only; {@link CampaignProjection} writes it over JDBC. */
@Entity
@Immutable
@Table(name = "retention_campaign")
public class CampaignRecord extends PanacheEntityBase {

    @Id
    @Column(name = "campaign_id")
    public String campaignId;
    public String name;
    public String segments;
    @Column(name = "starts_on")
    public LocalDate startsOn;
    @Column(name = "ends_on")
    public LocalDate endsOn;
    @Column(name = "watch_until")
    public LocalDate watchUntil;
    public String offer;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "created_at")
    public Instant createdAt;
}
