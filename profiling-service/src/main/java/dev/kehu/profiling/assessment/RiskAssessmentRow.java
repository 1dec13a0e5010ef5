package dev.kehu.profiling.assessment;

import java.util.UUID;

import org.hibernate.annotations.Immutable;

import dev.kehu.profiling.config.ClientEventRow;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A row of the {@code risk_assessment} read model (written by {@link RiskAssessmentProjection}). */
@Entity
@Immutable
@Table(name = "risk_assessment")
public class RiskAssessmentRow extends ClientEventRow {

    @Id
    public UUID assessmentId;
}
