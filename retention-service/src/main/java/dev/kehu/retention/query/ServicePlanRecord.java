package dev.kehu.retention.query;

import java.time.Instant;
import java.time.LocalDate;

import org.hibernate.annotations.Immutable;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A row of {@code retention_service_plan}, read only; {@link ServicePlanProjection} writes it over JDBC. */
@Entity
@Immutable
@Table(name = "retention_service_plan")
public class ServicePlanRecord extends PanacheEntityBase {

    @Id
    @Column(name = "client_id")
    public String clientId;
    public String tier;
    @Column(name = "contact_every_days")
    public Integer contactEveryDays;
    @Column(name = "first_classified_on")
    public LocalDate firstClassifiedOn;
    @Column(name = "last_contact_at")
    public Instant lastContactAt;
    @Column(name = "next_contact_due")
    public LocalDate nextContactDue;
    @Column(name = "neglect_raised")
    public boolean neglectRaised;
}
