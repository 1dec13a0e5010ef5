package dev.kehu.retention.churn;

import java.time.Instant;

import org.hibernate.annotations.Immutable;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A row of {@code retention_signal}, read only; {@link SignalProjection} writes it over JDBC. */
@Entity
@Immutable
@Table(name = "retention_signal")
public class SignalRecord extends PanacheEntityBase {

    @Id
    public String signalId;
    public String clientId;
    public String kind;
    public Instant occurredAt;
    public int weight;
    public String detail;
}
