package dev.kehu.profiling.rescore;

import java.time.Instant;
import java.util.UUID;

import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A row of {@code rescore_job}, read through Panache (the job writes it over JDBC). */
@Entity
@Immutable
@Table(name = "rescore_job")
public class RescoreJobRow {

    @Id
    public UUID jobId;

    public String toVersion;

    public String status;

    public String requestedBy;

    public Instant requestedAt;

    public Instant finishedAt;

    @JdbcTypeCode(SqlTypes.JSON)
    public String counts;

    @JdbcTypeCode(SqlTypes.JSON)
    public String categoryChanged;

    @JdbcTypeCode(SqlTypes.JSON)
    public String needsReassessment;
}
