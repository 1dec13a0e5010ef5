package dev.kehu.profiling.client;

import java.time.Instant;
import java.util.UUID;

import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A row of the {@code client_profile} read model (written by {@link ClientProfileProjection}). */
@Entity
@Immutable
@Table(name = "client_profile")
public class ClientProfileRow {

    @Id
    public String clientId;

    public long version;

    public UUID latestAssessmentId;

    /** When the latest assessment stops being valid; null without one. */
    public Instant validUntil;

    /** The list filters of docs/contract.md#rest-paths-per-service, from the folded profile (null where it has no such fact). */
    public String riskCategory;

    public String capacityBand;

    public String attitudeBand;

    public String consistency;

    public String lifeStage;

    public String personality;

    public Instant updatedAt;

    /** The folded {@code ClientProfile}. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String state;
}
