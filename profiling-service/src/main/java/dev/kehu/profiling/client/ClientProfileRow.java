package dev.kehu.profiling.client;

import java.time.Instant;
import java.util.UUID;

import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A row of the {@code client_profile} read model (written by {@link ClientProfileProjection}). */
@Entity
@Immutable
@Table(name = "client_profile")
public class ClientProfileRow {

    @Id
    @Column(name = "client_id")
    public String clientId;

    @Column(name = "version", nullable = false)
    public long version;

    @Column(name = "latest_assessment_id")
    public UUID latestAssessmentId;

    /** When the latest assessment stops being valid; null without one. */
    @Column(name = "valid_until")
    public Instant validUntil;

    /** The list filters of SPEC §9, from the folded profile (null where it has no such fact). */
    @Column(name = "risk_category")
    public String riskCategory;

    @Column(name = "capacity_band")
    public String capacityBand;

    @Column(name = "attitude_band")
    public String attitudeBand;

    @Column(name = "consistency")
    public String consistency;

    @Column(name = "life_stage")
    public String lifeStage;

    @Column(name = "personality")
    public String personality;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** The folded {@code ClientProfile}. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "state", nullable = false)
    public String state;
}
