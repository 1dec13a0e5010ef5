package dev.kehu.profiling.survey;

import dev.kehu.eventstore.EventCodec;
import dev.kehu.profiling.common.EventRowProjection;
import dev.kehu.profiling.domain.client.ClientEvent.ServiceSurveyCompleted;
import jakarta.inject.Singleton;

/** Every SERVQUAL survey, newest first per client. */
@Singleton
public class ServiceSurveyProjection extends EventRowProjection<ServiceSurveyCompleted> {

    public static final String NAME = "service-surveys";

    public ServiceSurveyProjection(EventCodec codec) {
        super(codec, NAME, ServiceSurveyCompleted.class, "service_survey", "survey_id",
                e -> new Row(e.surveyId(), e.clientId(), e.completedAt(), e.overallGap()), "overall_gap numeric");
    }
}
