package dev.kehu.retention.plan;

import java.time.Instant;
import java.time.LocalDate;

import org.hibernate.annotations.Immutable;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A row of {@code retention_service_plan}, read only; {@link ServicePlanProjection} writes it over JDBC. */
@Entity
@Immutable
@Table(name = "retention_service_plan")
public class ServicePlanRecord extends PanacheEntityBase {

    @Id
    public String clientId;
    public String tier;
    public Integer contactEveryDays;
    public LocalDate firstClassifiedOn;
    public Instant lastContactAt;
    public LocalDate nextContactDue;
    public boolean neglectRaised;
    /** When the client left (docs/domain.md#service-plans); null while a client. */
    public Instant leftAt;
}
