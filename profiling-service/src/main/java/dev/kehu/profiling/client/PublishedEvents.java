package dev.kehu.profiling.client;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.kehu.eventstore.CloudEvents;
import dev.kehu.eventstore.CommandHandler;
import dev.kehu.eventstore.EventCodec;
import dev.kehu.eventstore.EventMetadata;
import dev.kehu.eventstore.OutboxMessage;
import dev.kehu.eventstore.StoredEvent;
import dev.kehu.eventstore.contract.ClientNeedsRecorded;
import dev.kehu.eventstore.contract.QuestionnaireCompleted;
import dev.kehu.eventstore.contract.ServiceSurveyCompleted;
import dev.kehu.eventstore.runtime.EventStoreConfig;
import dev.kehu.profiling.domain.assessment.PartScore;
import dev.kehu.profiling.domain.client.ClientEvent.RiskAssessed;
import dev.kehu.profiling.domain.client.ClientEvent.ServiceNeedsRecorded;
import dev.kehu.profiling.domain.client.ClientProfile;
import dev.kehu.profiling.domain.needs.Requirement;
import dev.kehu.profiling.domain.needs.RequirementLevel;
import dev.kehu.profiling.domain.needs.ServiceNeeds;
import dev.kehu.profiling.domain.survey.Dimension;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Maps stored domain events to the integration events other services consume (docs/contract.md#topics-and-events), in the
 * shared contract's records ({@code eventstore.contract}). The CloudEvents id is the stored event's
 * id, so a relay retry carries the same id and consumers dedupe.
 */
@ApplicationScoped
public class PublishedEvents implements CommandHandler.Messages<ClientProfile> {

    private final EventCodec codec;
    private final String source;

    public PublishedEvents(EventCodec codec, EventStoreConfig config) {
        this.codec = codec;
        this.source = config.source();
    }

    @Override
    public List<OutboxMessage> of(ClientProfile before, List<StoredEvent> appended, EventMetadata metadata) {
        String correlationId = metadata == null ? null : metadata.correlationId();
        List<OutboxMessage> messages = new ArrayList<>();
        for (StoredEvent s : appended) {
            if (s.event() instanceof RiskAssessed e) {
                QuestionnaireCompleted data = new QuestionnaireCompleted(e.assessmentId(), e.clientId(),
                        e.questionnaireVersion(), e.completedAt(), band(e.capacity()), band(e.attitude()),
                        new QuestionnaireCompleted.Allocation(e.allocation().lowRisk(), e.allocation().mediumRisk(),
                                e.allocation().highRisk()),
                        e.riskCategory() == null ? null : e.riskCategory().name(), e.lowestCategory(),
                        e.rescoredFrom(), e.validUntil());
                messages.add(CloudEvents.binary(QuestionnaireCompleted.TOPIC, source, QuestionnaireCompleted.TYPE,
                        e.clientId(), s.eventId(), e.completedAt(), codec.toJson(data), correlationId));
            } else if (s.event() instanceof dev.kehu.profiling.domain.client.ClientEvent.ServiceSurveyCompleted e) {
                ServiceSurveyCompleted data = new ServiceSurveyCompleted(e.surveyId(), e.clientId(), e.completedAt(),
                        gaps(e.dimensionGaps()), e.overallGap());
                messages.add(CloudEvents.binary(ServiceSurveyCompleted.TOPIC, source, ServiceSurveyCompleted.TYPE,
                        e.clientId(), s.eventId(), e.completedAt(), codec.toJson(data), correlationId));
            } else if (s.event() instanceof ServiceNeedsRecorded e) {
                messages.add(CloudEvents.binary(ClientNeedsRecorded.TOPIC, source, ClientNeedsRecorded.TYPE,
                        e.clientId(), s.eventId(), e.recordedAt(), codec.toJson(needs(e)), correlationId));
            }
        }
        return messages;
    }

    /** docs/contract.md#profilingclient-needs: the primary personality as it was when the needs were recorded. */
    private static ClientNeedsRecorded needs(ServiceNeedsRecorded e) {
        ServiceNeeds n = e.needs();
        List<ClientNeedsRecorded.Reminder> reminders = n.reminders().stream()
                .map(r -> new ClientNeedsRecorded.Reminder(r.content().name(), r.channel().name(),
                        r.frequency().name()))
                .toList();
        ServiceNeeds.Consultation c = n.consultation();
        ClientNeedsRecorded.Consultation consultation = c == null ? null : new ClientNeedsRecorded.Consultation(
                c.topics(), c.channel() == null ? null : c.channel().name(), c.advisorId());
        Map<String, List<String>> requirements = new LinkedHashMap<>();
        for (RequirementLevel level : RequirementLevel.values()) {
            requirements.put(level.name(), n.requirements().get(level).stream().map(Requirement::name).toList());
        }
        return new ClientNeedsRecorded(e.clientId(), reminders, consultation, requirements,
                e.personality() == null ? null : e.personality().name(),
                n.secondaryPersonality() == null ? null : n.secondaryPersonality().name(), e.recordedAt());
    }

    private static QuestionnaireCompleted.ScoreBand band(PartScore part) {
        return new QuestionnaireCompleted.ScoreBand(part.score(), part.band().name());
    }

    /** In the dimensions' order (TANGIBLES … EMPATHY), as they were published before the shared contract. */
    private static Map<String, BigDecimal> gaps(Map<Dimension, BigDecimal> gaps) {
        Map<String, BigDecimal> byName = new LinkedHashMap<>();
        for (Dimension d : Dimension.values()) {
            if (gaps.containsKey(d)) {
                byName.put(d.name(), gaps.get(d));
            }
        }
        return byName;
    }
}
