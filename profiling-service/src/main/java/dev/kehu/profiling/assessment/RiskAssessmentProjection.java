package dev.kehu.profiling.assessment;

import dev.kehu.eventstore.EventCodec;
import dev.kehu.profiling.common.EventRowProjection;
import dev.kehu.profiling.domain.client.ClientEvent.RiskAssessed;
import jakarta.inject.Singleton;

/** Every risk assessment, newest first per client: the history endpoint's read model. */
@Singleton
public class RiskAssessmentProjection extends EventRowProjection<RiskAssessed> {

    public static final String NAME = "risk-assessments";

    public RiskAssessmentProjection(EventCodec codec) {
        super(codec, NAME, RiskAssessed.class, "risk_assessment", "assessment_id",
                e -> new Row(e.assessmentId(), e.clientId(), e.completedAt()));
    }
}
