package dev.kehu.retention.campaign;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.hibernate.annotations.Immutable;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A row of {@code retention_client}, read only; {@link ClientSegmentProjection} writes it over JDBC. */
@Entity
@Immutable
@Table(name = "retention_client")
public class ClientSegmentRecord extends PanacheEntityBase {

    @Id
    public String clientId;
    public String segment;
    public String size;
    public String activity;
    public String priority;
    public BigDecimal averageAssets;
    public LocalDate asOf;
    public LocalDate fellStaticOn;
}
