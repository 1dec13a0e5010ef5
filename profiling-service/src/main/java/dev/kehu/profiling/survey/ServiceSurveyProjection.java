package dev.kehu.profiling.survey;

import dev.kehu.eventstore.EventCodec;
import dev.kehu.eventstore.RowProjection;
import dev.kehu.profiling.domain.client.ClientEvent.ServiceSurveyCompleted;
import dev.kehu.profiling.config.EventRowInsert;
import jakarta.inject.Singleton;

/** Every SERVQUAL survey, newest first per client. */
@Singleton
public class ServiceSurveyProjection extends RowProjection<ServiceSurveyCompleted> {

    public static final String NAME = "service-surveys";

    public ServiceSurveyProjection(EventCodec codec) {
        super(NAME, ServiceSurveyCompleted.class, "service_survey",
                EventRowInsert.sql("service_survey", "survey_id", "overall_gap"), (ps, stored, e) -> {
                    EventRowInsert.bind(ps, codec, stored, e.surveyId(), e.clientId(), e.completedAt());
                    ps.setBigDecimal(EventRowInsert.SHARED + 1, e.overallGap());
                });
    }
}
