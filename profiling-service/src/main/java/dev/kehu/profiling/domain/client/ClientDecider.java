package dev.kehu.profiling.domain.client;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.kehu.eventstore.StateDecider;
import dev.kehu.eventstore.StoredEvent;
import dev.kehu.profiling.domain.assessment.Consistency;
import dev.kehu.profiling.domain.assessment.ConsistencyCheck;
import dev.kehu.profiling.domain.assessment.RiskScore;
import dev.kehu.profiling.domain.assessment.RiskScorer;
import dev.kehu.profiling.domain.assessment.Answers;
import dev.kehu.profiling.domain.client.ClientCommand.AssessRisk;
import dev.kehu.profiling.domain.client.ClientCommand.RescoreRisk;
import dev.kehu.profiling.domain.client.ClientCommand.CompleteServiceSurvey;
import dev.kehu.profiling.domain.client.ClientCommand.RecordHousehold;
import dev.kehu.profiling.domain.client.ClientCommand.RecordInvestorAttitude;
import dev.kehu.profiling.domain.client.ClientCommand.RecordPersonality;
import dev.kehu.profiling.domain.client.ClientCommand.RecordServiceNeeds;
import dev.kehu.profiling.domain.client.ClientCommand.RecordSocialBackground;
import dev.kehu.profiling.domain.client.ClientEvent.HouseholdRecorded;
import dev.kehu.profiling.domain.client.ClientEvent.InvestorAttitudeRecorded;
import dev.kehu.profiling.domain.client.ClientEvent.PersonalityRecorded;
import dev.kehu.profiling.domain.client.ClientEvent.RiskAssessed;
import dev.kehu.profiling.domain.client.ClientEvent.ServiceNeedsRecorded;
import dev.kehu.profiling.domain.client.ClientEvent.ServiceSurveyCompleted;
import dev.kehu.profiling.domain.client.ClientEvent.SocialBackgroundRecorded;
import dev.kehu.profiling.domain.needs.NeedsRejected;
import dev.kehu.profiling.domain.needs.ServiceNeeds;
import dev.kehu.profiling.domain.profile.HouseholdClassifier;
import dev.kehu.profiling.domain.profile.InvestorAttitude;
import dev.kehu.profiling.domain.profile.Personality;
import dev.kehu.profiling.domain.questionnaire.ConsistencyRules;
import dev.kehu.profiling.domain.questionnaire.Questionnaire;
import dev.kehu.profiling.domain.questionnaire.RiskCategories;
import dev.kehu.profiling.domain.survey.ServqualScorer;
import dev.kehu.profiling.domain.survey.SurveyResult;

/**
 * The client aggregate's rules: decides the events of a client command and folds them into the
 * profile. Pure: the rules arrive in the command, the time too. Re-recording a facet with the value
 * it already has records nothing, so a repeated PUT is harmless.
 */
public final class ClientDecider extends StateDecider<ClientProfile, ClientCommand, ClientEvent> {

    public static final ClientDecider INSTANCE = new ClientDecider();

    /** One stream per client holds its assessments, facet changes and surveys. */
    public static String streamId(String clientId) {
        return "client-" + clientId;
    }

    private ClientDecider() {
        super(ClientProfile.INITIAL, ClientProfile::evolve);
    }

    /** As stored, the event's metadata names who recorded it: the profile keeps that per facet. */
    @Override
    public ClientProfile evolve(ClientProfile state, StoredEvent stored) {
        return ClientProfile.evolve(state, (ClientEvent) stored.event(), RecordedBy.of(stored.metadata()));
    }

    @Override
    public List<ClientEvent> decide(ClientCommand command, ClientProfile state) {
        if (command instanceof AssessRisk c) {
            Instant validUntil = c.now().atZone(c.zone()).plusMonths(c.validityMonths()).toInstant();
            return List.of(assess(c.assessmentId(), c.clientId(), c.questionnaire(), c.rules(), c.categories(),
                    c.answers(), c.now(), validUntil, null));
        }
        if (command instanceof RescoreRisk c) {
            return List.of(assess(c.assessmentId(), c.clientId(), c.questionnaire(), c.rules(), c.categories(),
                    c.answers(), c.now(), c.validUntil(), c.rescoredFrom()));
        }
        if (command instanceof RecordHousehold c) {
            if (state.household() != null && state.household().household().equals(c.household())) {
                return List.of();
            }
            return List.of(new HouseholdRecorded(c.clientId(), c.household(),
                    HouseholdClassifier.stage(c.household(), c.facets().lifeCycleRules()),
                    HouseholdClassifier.phase(c.household().age(), c.facets()), c.now()));
        }
        if (command instanceof RecordSocialBackground c) {
            boolean same = state.socialBackground() != null && state.socialBackground().background() == c.background();
            return same ? List.of() : List.of(new SocialBackgroundRecorded(c.clientId(), c.background(), c.now()));
        }
        if (command instanceof RecordPersonality c) {
            boolean same = state.personality() != null && state.personality().personality() == c.personality();
            return same ? List.of() : List.of(new PersonalityRecorded(c.clientId(), c.personality(), c.now()));
        }
        if (command instanceof RecordInvestorAttitude c) {
            boolean same = state.investorAttitude() != null && state.investorAttitude().group() == c.group();
            return same ? List.of() : List.of(new InvestorAttitudeRecorded(c.clientId(), c.group(), c.now()));
        }
        if (command instanceof CompleteServiceSurvey c) {
            SurveyResult result = ServqualScorer.score(c.servqual(), c.ratings());
            return List.of(new ServiceSurveyCompleted(c.surveyId(), c.clientId(), c.servqual().version(), c.ratings(),
                    result.dimensionGaps(), result.overallGap(), c.now()));
        }
        if (command instanceof RecordServiceNeeds c) {
            return needs(c, state);
        }
        throw new IllegalArgumentException("unknown client command " + command.getClass().getName());
    }

    private static RiskAssessed assess(UUID assessmentId, String clientId, Questionnaire questionnaire,
                                       ConsistencyRules rules, RiskCategories categories, Answers answers, Instant now,
                                       Instant validUntil, UUID rescoredFrom) {
        RiskScore score = RiskScorer.score(questionnaire, answers);
        Consistency consistency = ConsistencyCheck.check(rules, answers);
        RiskCategories.Categorized category = categories.categorize(score.capacity().band(), score.attitude().band(),
                answers.values());
        return new RiskAssessed(assessmentId, clientId, questionnaire.version(), answers.values(), score.capacity(),
                score.attitude(), score.allocation(), consistency, now, validUntil, category.category(),
                category.lowest(), rescoredFrom);
    }

    /**
     * A blend is the primary facet plus a different secondary (docs/domain.md#service-needs): a secondary needs a
     * primary recorded and may not equal it. The same needs over the same primaries record nothing.
     */
    private static List<ClientEvent> needs(RecordServiceNeeds c, ClientProfile state) {
        ServiceNeeds n = c.needs();
        Personality primary = state.personality() == null ? null : state.personality().personality();
        InvestorAttitude group = state.investorAttitude() == null ? null : state.investorAttitude().group();
        secondary("secondaryPersonality", "personality", n.secondaryPersonality(), primary);
        secondary("secondaryInvestorAttitude", "investor attitude group", n.secondaryInvestorAttitude(), group);
        ServiceNeedsRecorded before = state.serviceNeeds();
        if (before != null && before.needs().equals(n) && before.personality() == primary
                && before.investorAttitude() == group) {
            return List.of();
        }
        return List.of(new ServiceNeedsRecorded(c.clientId(), n, primary, group, c.now()));
    }

    private static void secondary(String field, String facet, Enum<?> secondary, Enum<?> primary) {
        if (secondary == null) {
            return;
        }
        if (primary == null) {
            throw new NeedsRejected(field, "record the client's " + facet
                    + " first: a blend is the primary plus a secondary");
        }
        if (secondary == primary) {
            throw new NeedsRejected(field, "must differ from the primary " + facet + " " + primary);
        }
    }
}
