package dev.kehu.profiling.common;

import java.time.Instant;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/**
 * The columns every one-row-per-event read model shares (risk assessments, service surveys): the
 * client, the stream version the event had (newest first), when it completed, the stored event as
 * JSON and who recorded it. Read-only: projections write the rows over JDBC, Flyway owns the tables.
 */
@MappedSuperclass
public abstract class EventRow {

    @Column(name = "client_id", nullable = false)
    public String clientId;

    @Column(name = "stream_version", nullable = false)
    public long streamVersion;

    @Column(name = "completed_at", nullable = false)
    public Instant completedAt;

    /** The stored event, as the projection wrote it. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "data", nullable = false)
    public String data;

    /** {@code {actor, role}} from the event's metadata, null when it named nobody. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "recorded_by")
    public String recordedBy;
}
