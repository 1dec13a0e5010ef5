package dev.kehu.profiling.client;

import java.time.Instant;
import java.util.List;

import dev.kehu.profiling.client.ClientEvent.HouseholdRecorded;
import dev.kehu.profiling.client.ClientEvent.InvestorAttitudeRecorded;
import dev.kehu.profiling.client.ClientEvent.PersonalityRecorded;
import dev.kehu.profiling.client.ClientEvent.RiskAssessed;
import dev.kehu.profiling.client.ClientEvent.ServiceSurveyCompleted;
import dev.kehu.profiling.client.ClientEvent.SocialBackgroundRecorded;

/**
 * A client's profile as the fold of its stream: the latest fact of each facet. {@code version}
 * counts the events folded, which is the stream version to append after.
 */
public record ClientProfile(String clientId, long version, RiskAssessed latestAssessment, int assessmentCount,
                            HouseholdRecorded household, SocialBackgroundRecorded socialBackground,
                            PersonalityRecorded personality, InvestorAttitudeRecorded investorAttitude,
                            ServiceSurveyCompleted latestSurvey, Instant updatedAt) {

    public static final ClientProfile INITIAL = new ClientProfile(null, 0, null, 0, null, null, null, null, null, null);

    public static ClientProfile fold(List<? extends ClientEvent> events) {
        ClientProfile state = INITIAL;
        for (ClientEvent e : events) {
            state = evolve(state, e);
        }
        return state;
    }

    public static ClientProfile evolve(ClientProfile s, ClientEvent event) {
        long v = s.version + 1;
        String id = event.clientId();
        if (event instanceof RiskAssessed e) {
            return new ClientProfile(id, v, e, s.assessmentCount + 1, s.household, s.socialBackground, s.personality,
                    s.investorAttitude, s.latestSurvey, e.completedAt());
        }
        if (event instanceof HouseholdRecorded e) {
            return new ClientProfile(id, v, s.latestAssessment, s.assessmentCount, e, s.socialBackground, s.personality,
                    s.investorAttitude, s.latestSurvey, e.recordedAt());
        }
        if (event instanceof SocialBackgroundRecorded e) {
            return new ClientProfile(id, v, s.latestAssessment, s.assessmentCount, s.household, e, s.personality,
                    s.investorAttitude, s.latestSurvey, e.recordedAt());
        }
        if (event instanceof PersonalityRecorded e) {
            return new ClientProfile(id, v, s.latestAssessment, s.assessmentCount, s.household, s.socialBackground, e,
                    s.investorAttitude, s.latestSurvey, e.recordedAt());
        }
        if (event instanceof InvestorAttitudeRecorded e) {
            return new ClientProfile(id, v, s.latestAssessment, s.assessmentCount, s.household, s.socialBackground,
                    s.personality, e, s.latestSurvey, e.recordedAt());
        }
        if (event instanceof ServiceSurveyCompleted e) {
            return new ClientProfile(id, v, s.latestAssessment, s.assessmentCount, s.household, s.socialBackground,
                    s.personality, s.investorAttitude, e, e.completedAt());
        }
        throw new IllegalArgumentException("unknown client event " + event.getClass().getName());
    }

    public boolean exists() {
        return version > 0;
    }
}
