package dev.kehu.profiling.profile;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.kehu.profiling.assessment.AssessmentView;
import dev.kehu.profiling.domain.client.ClientEvent;
import dev.kehu.profiling.domain.client.ClientProfile;
import dev.kehu.profiling.domain.client.RecordedBy;
import dev.kehu.profiling.domain.profile.Facets;
import dev.kehu.profiling.domain.profile.Household;
import dev.kehu.profiling.domain.profile.InvestorAttitude;
import dev.kehu.profiling.domain.profile.LifeCycleStage;
import dev.kehu.profiling.domain.profile.LifePhase;
import dev.kehu.profiling.domain.profile.MaritalStatus;
import dev.kehu.profiling.domain.profile.Personality;
import dev.kehu.profiling.domain.profile.SocialBackground;
import dev.kehu.profiling.domain.questionnaire.Labels;
import dev.kehu.profiling.domain.survey.Dimension;

/**
 * docs/contract.md#rest-conventions profile: the latest assessment plus the other facets, each with the source's texts.
 * {@code asOf} is set when the profile was rebuilt as it stood at that moment.
 */
public record ProfileView(String clientId, long version, Instant asOf, AssessmentView latestAssessment,
                          int assessmentCount, Instant validUntil, Boolean reassessmentDue, HouseholdView household,
                          FacetView socialBackground, PersonalityView personality, FacetView investorAttitude,
                          SurveySummary latestServiceSurvey, Instant updatedAt) {

    public record HouseholdView(MaritalStatus maritalStatus, int age, Integer youngestChildAge,
                                boolean childrenIndependent, boolean retired, StageView lifeCycleStage,
                                PhaseView lifePhase, Instant recordedAt, RecordedBy recordedBy) {
    }

    public record StageView(LifeCycleStage code, Labels labels, Labels traits) {
    }

    public record PhaseView(LifePhase code, Labels labels, Labels traits, Labels financialFocus) {
    }

    public record FacetView(String code, Labels labels, Labels description, Instant recordedAt,
                            RecordedBy recordedBy) {
    }

    public record PersonalityView(Personality code, Labels labels, Map<String, List<String>> guidance,
                                  Instant recordedAt, RecordedBy recordedBy) {
    }

    public record SurveySummary(UUID surveyId, Map<Dimension, BigDecimal> dimensionGaps, BigDecimal overallGap,
                                Instant completedAt, RecordedBy recordedBy) {
    }

    /**
     * @param asOf the moment the profile was rebuilt at, or null for the live profile
     * @param now  the moment {@code reassessmentDue} is judged at (asOf when given)
     */
    public static ProfileView of(ClientProfile p, Facets facets, Instant asOf, Instant now) {
        ClientEvent.RiskAssessed a = p.latestAssessment();
        return new ProfileView(p.clientId(), p.version(), asOf, a == null ? null : AssessmentView.of(a, p.recordedBy(ClientProfile.ASSESSMENT)),
                p.assessmentCount(), a == null ? null : a.validUntil(), a == null ? null : a.validUntil().isBefore(now),
                household(p.household(), p.recordedBy(ClientProfile.HOUSEHOLD), facets),
                background(p.socialBackground(), p.recordedBy(ClientProfile.SOCIAL_BACKGROUND), facets),
                personality(p.personality(), p.recordedBy(ClientProfile.PERSONALITY), facets),
                attitude(p.investorAttitude(), p.recordedBy(ClientProfile.INVESTOR_ATTITUDE), facets),
                survey(p.latestSurvey(), p.recordedBy(ClientProfile.SURVEY)),
                p.updatedAt());
    }

    private static HouseholdView household(ClientEvent.HouseholdRecorded e, RecordedBy by, Facets facets) {
        if (e == null) {
            return null;
        }
        Household h = e.household();
        Facets.Stage stage = facets.stage(e.lifeCycleStage());
        Facets.Phase phase = facets.phase(e.lifePhase());
        return new HouseholdView(h.maritalStatus(), h.age(), h.youngestChildAge(), h.childrenIndependent(), h.retired(),
                new StageView(stage.code(), stage.labels(), stage.traits()),
                new PhaseView(phase.code(), phase.labels(), phase.traits(), phase.financialFocus()), e.recordedAt(),
                by);
    }

    private static FacetView background(ClientEvent.SocialBackgroundRecorded e, RecordedBy by, Facets facets) {
        if (e == null) {
            return null;
        }
        Facets.Described<SocialBackground> d = facets.background(e.background());
        return new FacetView(d.code().name(), d.labels(), d.description(), e.recordedAt(), by);
    }

    private static PersonalityView personality(ClientEvent.PersonalityRecorded e, RecordedBy by, Facets facets) {
        if (e == null) {
            return null;
        }
        Facets.Guided g = facets.personality(e.personality());
        return new PersonalityView(g.code(), g.labels(), g.guidance(), e.recordedAt(), by);
    }

    private static FacetView attitude(ClientEvent.InvestorAttitudeRecorded e, RecordedBy by, Facets facets) {
        if (e == null) {
            return null;
        }
        Facets.Described<InvestorAttitude> d = facets.attitude(e.group());
        return new FacetView(d.code().name(), d.labels(), d.description(), e.recordedAt(), by);
    }

    private static SurveySummary survey(ClientEvent.ServiceSurveyCompleted e, RecordedBy by) {
        return e == null ? null : new SurveySummary(e.surveyId(), e.dimensionGaps(), e.overallGap(), e.completedAt(),
                by);
    }
}
