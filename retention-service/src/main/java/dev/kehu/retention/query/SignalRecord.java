package dev.kehu.retention.query;

import java.time.Instant;

import org.hibernate.annotations.Immutable;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A row of {@code retention_signal}, read only; {@link SignalProjection} writes it over JDBC. */
@Entity
@Immutable
@Table(name = "retention_signal")
public class SignalRecord extends PanacheEntityBase {

    @Id
    @Column(name = "signal_id")
    public String signalId;
    @Column(name = "client_id")
    public String clientId;
    public String kind;
    @Column(name = "occurred_at")
    public Instant occurredAt;
    public int weight;
    public String detail;
}
