package dev.kehu.profiling.survey;

import java.math.BigDecimal;
import java.util.UUID;

import org.hibernate.annotations.Immutable;

import dev.kehu.profiling.config.ClientEventRow;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A row of the {@code service_survey} read model (written by {@link ServiceSurveyProjection}). */
@Entity
@Immutable
@Table(name = "service_survey")
public class ServiceSurveyRow extends ClientEventRow {

    @Id
    public UUID surveyId;

    public BigDecimal overallGap;
}
