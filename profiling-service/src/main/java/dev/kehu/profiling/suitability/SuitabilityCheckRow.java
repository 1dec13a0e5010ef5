package dev.kehu.profiling.suitability;

import java.time.Instant;
import java.util.UUID;

import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A row of {@code suitability_check} (written by {@link SuitabilityCheckProjection}). */
@Entity
@Immutable
@Table(name = "suitability_check")
public class SuitabilityCheckRow {

    @Id
    @Column(name = "check_id")
    public UUID checkId;

    @Column(name = "client_id", nullable = false)
    public String clientId;

    @Column(name = "product_code", nullable = false)
    public String productCode;

    @Column(name = "result", nullable = false)
    public String result;

    @Column(name = "checked_at", nullable = false)
    public Instant checkedAt;

    @Column(name = "acknowledged_at")
    public Instant acknowledgedAt;

    @Column(name = "version", nullable = false)
    public long version;

    /** The folded {@code SuitabilityCheck}. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "state", nullable = false)
    public String state;
}
