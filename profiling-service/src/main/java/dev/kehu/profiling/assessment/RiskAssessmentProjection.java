package dev.kehu.profiling.assessment;

import dev.kehu.eventstore.EventCodec;
import dev.kehu.eventstore.RowProjection;
import dev.kehu.profiling.domain.client.ClientEvent.RiskAssessed;
import dev.kehu.profiling.config.EventRowInsert;
import jakarta.inject.Singleton;

/** Every risk assessment, newest first per client: the history endpoint's read model. */
@Singleton
public class RiskAssessmentProjection extends RowProjection<RiskAssessed> {

    public static final String NAME = "risk-assessments";

    public RiskAssessmentProjection(EventCodec codec) {
        super(NAME, RiskAssessed.class, "risk_assessment", EventRowInsert.sql("risk_assessment", "assessment_id"),
                (ps, stored, e) -> EventRowInsert.bind(ps, codec, stored, e.assessmentId(), e.clientId(),
                        e.completedAt()));
    }
}
