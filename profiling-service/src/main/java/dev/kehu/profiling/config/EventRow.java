package dev.kehu.profiling.config;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import jakarta.persistence.MappedSuperclass;

/**
 * The columns every one-row-per-event read model shares (risk assessments, service surveys, product
 * changes): the stream version the event had (newest first), the stored event as JSON and who recorded
 * it. Read-only: projections write the rows over JDBC, Flyway owns the tables.
 */
@MappedSuperclass
public abstract class EventRow {

    public long streamVersion;

    /** The stored event, as the projection wrote it. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String data;

    /** {@code {actor, role}} from the event's metadata, null when it named nobody. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String recordedBy;
}
