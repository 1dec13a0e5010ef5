package dev.kehu.profiling.survey;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import dev.kehu.profiling.domain.client.ClientEvent.ServiceSurveyCompleted;
import dev.kehu.profiling.domain.client.RecordedBy;
import dev.kehu.profiling.domain.survey.Dimension;
import dev.kehu.profiling.domain.survey.Rating;

/** A completed survey: its gaps per dimension and overall, and the ratings given. */
public record SurveyView(UUID surveyId, String clientId, String surveyVersion, Map<Dimension, BigDecimal> dimensionGaps,
                         BigDecimal overallGap, Instant completedAt, Map<String, Rating> ratings,
                         RecordedBy recordedBy) {

    public static SurveyView of(ServiceSurveyCompleted e, RecordedBy recordedBy) {
        return new SurveyView(e.surveyId(), e.clientId(), e.surveyVersion(), e.dimensionGaps(), e.overallGap(),
                e.completedAt(), new java.util.TreeMap<>(e.ratings()), recordedBy);
    }
}
