package dev.kehu.retention.query;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.hibernate.annotations.Immutable;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A row of {@code retention_client}, read only; {@link ClientSegmentProjection} writes it over JDBC. */
@Entity
@Immutable
@Table(name = "retention_client")
public class ClientSegmentRecord extends PanacheEntityBase {

    @Id
    @Column(name = "client_id")
    public String clientId;
    public String segment;
    public String size;
    public String activity;
    public String priority;
    @Column(name = "average_assets")
    public BigDecimal averageAssets;
    @Column(name = "as_of")
    public LocalDate asOf;
    @Column(name = "fell_static_on")
    public LocalDate fellStaticOn;
}
