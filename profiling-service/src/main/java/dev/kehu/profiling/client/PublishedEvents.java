package dev.kehu.profiling.client;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.kehu.eventstore.CloudEvents;
import dev.kehu.eventstore.EventCodec;
import dev.kehu.eventstore.OutboxMessage;
import dev.kehu.eventstore.StoredEvent;
import dev.kehu.eventstore.runtime.EventStoreConfig;
import dev.kehu.profiling.client.ClientEvent.RiskAssessed;
import dev.kehu.profiling.client.ClientEvent.ServiceSurveyCompleted;
import dev.kehu.profiling.questionnaire.Allocation;
import dev.kehu.profiling.questionnaire.Band;
import dev.kehu.profiling.survey.Dimension;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Maps stored domain events to the integration events other services consume (SPEC §1). The
 * CloudEvents id is the stored event's id, so a relay retry carries the same id and consumers dedupe.
 */
@ApplicationScoped
public class PublishedEvents {

    public static final String QUESTIONNAIRE_TOPIC = "profiling.questionnaire-completed";
    public static final String QUESTIONNAIRE_TYPE = "profiling.questionnaire.completed.v1";
    public static final String SURVEY_TOPIC = "profiling.service-survey-completed";
    public static final String SURVEY_TYPE = "profiling.service-survey.completed.v1";

    /** SPEC §1 data of {@code profiling.questionnaire.completed.v1}. */
    public record QuestionnaireCompleted(UUID assessmentId, String clientId, String questionnaireVersion,
                                         Instant completedAt, ScoreBand capacity, ScoreBand attitude,
                                         Allocation allocation) {
    }

    public record ScoreBand(int score, Band band) {
    }

    /** SPEC §1 data of {@code profiling.service-survey.completed.v1}. */
    public record ServiceSurveyCompletedData(UUID surveyId, String clientId, Instant completedAt,
                                             Map<Dimension, BigDecimal> dimensionGaps, BigDecimal overallGap) {
    }

    private final EventCodec codec;
    private final String source;

    public PublishedEvents(EventCodec codec, EventStoreConfig config) {
        this.codec = codec;
        this.source = config.source();
    }

    public List<OutboxMessage> of(List<StoredEvent> stored, String correlationId) {
        List<OutboxMessage> messages = new ArrayList<>();
        for (StoredEvent s : stored) {
            if (s.event() instanceof RiskAssessed e) {
                QuestionnaireCompleted data = new QuestionnaireCompleted(e.assessmentId(), e.clientId(),
                        e.questionnaireVersion(), e.completedAt(),
                        new ScoreBand(e.capacity().score(), e.capacity().band()),
                        new ScoreBand(e.attitude().score(), e.attitude().band()), e.allocation());
                messages.add(CloudEvents.binary(QUESTIONNAIRE_TOPIC, source, QUESTIONNAIRE_TYPE, e.clientId(),
                        s.eventId(), e.completedAt(), codec.toJson(data), correlationId));
            } else if (s.event() instanceof ServiceSurveyCompleted e) {
                ServiceSurveyCompletedData data = new ServiceSurveyCompletedData(e.surveyId(), e.clientId(),
                        e.completedAt(), e.dimensionGaps(), e.overallGap());
                messages.add(CloudEvents.binary(SURVEY_TOPIC, source, SURVEY_TYPE, e.clientId(), s.eventId(),
                        e.completedAt(), codec.toJson(data), correlationId));
            }
        }
        return messages;
    }
}
