package dev.kehu.profiling.domain.client;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import dev.kehu.profiling.domain.client.ClientEvent.HouseholdRecorded;
import dev.kehu.profiling.domain.client.ClientEvent.InvestorAttitudeRecorded;
import dev.kehu.profiling.domain.client.ClientEvent.PersonalityRecorded;
import dev.kehu.profiling.domain.client.ClientEvent.RiskAssessed;
import dev.kehu.profiling.domain.client.ClientEvent.ServiceNeedsRecorded;
import dev.kehu.profiling.domain.client.ClientEvent.ServiceSurveyCompleted;
import dev.kehu.profiling.domain.client.ClientEvent.SocialBackgroundRecorded;

/**
 * A client's profile as the fold of its stream: the latest fact of each facet. {@code version}
 * counts the events folded, which is the stream version to append after.
 */
public record ClientProfile(String clientId, long version, RiskAssessed latestAssessment, int assessmentCount,
                            HouseholdRecorded household, SocialBackgroundRecorded socialBackground,
                            PersonalityRecorded personality, InvestorAttitudeRecorded investorAttitude,
                            ServiceSurveyCompleted latestSurvey, Instant updatedAt, Map<String, RecordedBy> recordedBy,
                            ServiceNeedsRecorded serviceNeeds) {

    /** Keys of {@link #recordedBy}: who recorded the latest fact of each facet. */
    public static final String ASSESSMENT = "latestAssessment";
    public static final String HOUSEHOLD = "household";
    public static final String SOCIAL_BACKGROUND = "socialBackground";
    public static final String PERSONALITY = "personality";
    public static final String INVESTOR_ATTITUDE = "investorAttitude";
    public static final String SURVEY = "latestSurvey";
    public static final String SERVICE_NEEDS = "serviceNeeds";

    public static final ClientProfile INITIAL = new ClientProfile(null, 0, null, 0, null, null, null, null, null, null,
            Map.of(), null);

    public ClientProfile {
        // profiles stored before the audit trail was kept have no recordedBy
        recordedBy = recordedBy == null ? Map.of() : Map.copyOf(recordedBy);
    }

    /** {@link #evolve(ClientProfile, ClientEvent)}, noting {@code by} as the recorder of the facet the event sets. */
    public static ClientProfile evolve(ClientProfile s, ClientEvent event, RecordedBy by) {
        ClientProfile next = evolve(s, event);
        if (by == null) {
            return next;
        }
        Map<String, RecordedBy> who = new HashMap<>(next.recordedBy);
        who.put(facetOf(event), by);
        return new ClientProfile(next.clientId, next.version, next.latestAssessment, next.assessmentCount,
                next.household, next.socialBackground, next.personality, next.investorAttitude, next.latestSurvey,
                next.updatedAt, who, next.serviceNeeds);
    }

    /** Who recorded the latest fact of a facet (one of the keys above), or null if unknown. */
    public RecordedBy recordedBy(String facet) {
        return recordedBy.get(facet);
    }

    /** The facet each event type sets (one key of {@link #recordedBy} per type). */
    private static final Map<Class<? extends ClientEvent>, String> FACETS = Map.of(RiskAssessed.class, ASSESSMENT,
            HouseholdRecorded.class, HOUSEHOLD, SocialBackgroundRecorded.class, SOCIAL_BACKGROUND,
            PersonalityRecorded.class, PERSONALITY, InvestorAttitudeRecorded.class, INVESTOR_ATTITUDE,
            ServiceSurveyCompleted.class, SURVEY, ServiceNeedsRecorded.class, SERVICE_NEEDS);

    private static String facetOf(ClientEvent event) {
        return FACETS.get(event.getClass());
    }

    public static ClientProfile evolve(ClientProfile s, ClientEvent event) {
        long v = s.version + 1;
        String id = event.clientId();
        if (event instanceof RiskAssessed e) {
            return new ClientProfile(id, v, e, s.assessmentCount + 1, s.household, s.socialBackground, s.personality,
                    s.investorAttitude, s.latestSurvey, e.completedAt(), s.recordedBy, s.serviceNeeds);
        }
        if (event instanceof HouseholdRecorded e) {
            return new ClientProfile(id, v, s.latestAssessment, s.assessmentCount, e, s.socialBackground, s.personality,
                    s.investorAttitude, s.latestSurvey, e.recordedAt(), s.recordedBy, s.serviceNeeds);
        }
        if (event instanceof SocialBackgroundRecorded e) {
            return new ClientProfile(id, v, s.latestAssessment, s.assessmentCount, s.household, e, s.personality,
                    s.investorAttitude, s.latestSurvey, e.recordedAt(), s.recordedBy, s.serviceNeeds);
        }
        if (event instanceof PersonalityRecorded e) {
            return new ClientProfile(id, v, s.latestAssessment, s.assessmentCount, s.household, s.socialBackground, e,
                    s.investorAttitude, s.latestSurvey, e.recordedAt(), s.recordedBy, s.serviceNeeds);
        }
        if (event instanceof InvestorAttitudeRecorded e) {
            return new ClientProfile(id, v, s.latestAssessment, s.assessmentCount, s.household, s.socialBackground,
                    s.personality, e, s.latestSurvey, e.recordedAt(), s.recordedBy, s.serviceNeeds);
        }
        if (event instanceof ServiceSurveyCompleted e) {
            return new ClientProfile(id, v, s.latestAssessment, s.assessmentCount, s.household, s.socialBackground,
                    s.personality, s.investorAttitude, e, e.completedAt(), s.recordedBy, s.serviceNeeds);
        }
        if (event instanceof ServiceNeedsRecorded e) {
            return new ClientProfile(id, v, s.latestAssessment, s.assessmentCount, s.household, s.socialBackground,
                    s.personality, s.investorAttitude, s.latestSurvey, e.recordedAt(), s.recordedBy, e);
        }
        throw new IllegalArgumentException("unknown client event " + event.getClass().getName());
    }

    public boolean exists() {
        return version > 0;
    }
}
