package dev.kehu.profiling.rescore;

import java.time.Instant;
import java.util.UUID;

import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A row of {@code rescore_job}, read through Panache (the job writes it over JDBC). */
@Entity
@Immutable
@Table(name = "rescore_job")
public class RescoreJobRow {

    @Id
    @Column(name = "job_id")
    public UUID jobId;

    @Column(name = "to_version", nullable = false)
    public String toVersion;

    @Column(name = "status", nullable = false)
    public String status;

    @Column(name = "requested_by")
    public String requestedBy;

    @Column(name = "requested_at", nullable = false)
    public Instant requestedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "counts", nullable = false)
    public String counts;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "category_changed", nullable = false)
    public String categoryChanged;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "needs_reassessment", nullable = false)
    public String needsReassessment;
}
