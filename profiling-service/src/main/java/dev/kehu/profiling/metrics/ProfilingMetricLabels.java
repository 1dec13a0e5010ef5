package dev.kehu.profiling.metrics;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.kehu.eventstore.contract.ClientNeedsRecorded;
import dev.kehu.eventstore.contract.QuestionnaireCompleted;
import dev.kehu.eventstore.contract.ServiceSurveyCompleted;
import dev.kehu.eventstore.runtime.KnownLabels;
import dev.kehu.profiling.domain.questionnaire.Band;
import dev.kehu.profiling.domain.questionnaire.RiskCategory;
import dev.kehu.profiling.domain.suitability.SuitabilityResult;
import dev.kehu.profiling.suitability.SuitabilityMessages;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * The label values of the counters this service moves, so each series is at 0 from start-up: the
 * topics it publishes, assessments by risk category and capacity/attitude band, suitability checks
 * by result.
 */
public class ProfilingMetricLabels {

    @Produces
    @Singleton
    KnownLabels known() {
        Map<String, List<?>> assessment = new LinkedHashMap<>();
        assessment.put("category", List.of(RiskCategory.values()));
        assessment.put("capacity_band", List.of(Band.values()));
        assessment.put("attitude_band", List.of(Band.values()));
        return KnownLabels.publishing(QuestionnaireCompleted.TOPIC, ServiceSurveyCompleted.TOPIC,
                        SuitabilityMessages.TOPIC, ClientNeedsRecorded.TOPIC)
                .counting(QuestionnaireCompleted.TYPE, KnownLabels.combinations(assessment))
                .counting(SuitabilityMessages.CHECKED,
                        KnownLabels.combinations(Map.of("result", List.of(SuitabilityResult.values()))));
    }
}
