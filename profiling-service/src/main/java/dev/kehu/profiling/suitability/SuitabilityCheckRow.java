package dev.kehu.profiling.suitability;

import java.time.Instant;
import java.util.UUID;

import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A row of {@code suitability_check} (written by {@link SuitabilityCheckProjection}). */
@Entity
@Immutable
@Table(name = "suitability_check")
public class SuitabilityCheckRow {

    @Id
    public UUID checkId;

    public String clientId;

    public String productCode;

    public String result;

    public Instant checkedAt;

    public Instant acknowledgedAt;

    public long version;

    /** The folded {@code SuitabilityCheck}. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String state;
}
