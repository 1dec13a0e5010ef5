package dev.kehu.retention.campaign;

import java.time.Instant;
import java.time.LocalDate;

import org.hibernate.annotations.Immutable;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A row of {@code retention_campaign}, read only; {@link CampaignProjection} writes it over JDBC. */
@Entity
@Immutable
@Table(name = "retention_campaign")
public class CampaignRecord extends PanacheEntityBase {

    @Id
    public String campaignId;
    public String name;
    public String segments;
    public LocalDate startsOn;
    public LocalDate endsOn;
    public LocalDate watchUntil;
    public String offer;
    public String createdBy;
    public Instant createdAt;
}
