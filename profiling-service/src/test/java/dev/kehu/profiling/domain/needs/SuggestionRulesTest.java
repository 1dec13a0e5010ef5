package dev.kehu.profiling.domain.needs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.kehu.profiling.config.DataFiles;
import dev.kehu.profiling.domain.needs.SuggestionRules.ClientFacts;
import dev.kehu.profiling.domain.needs.SuggestionRules.Rule;
import dev.kehu.profiling.domain.product.Horizon;
import dev.kehu.profiling.domain.profile.LifeCycleStage;
import dev.kehu.profiling.domain.profile.SocialBackground;
import dev.kehu.profiling.domain.questionnaire.Band;
import dev.kehu.profiling.domain.questionnaire.Labels;

/** docs/domain.md#suggested-needs: the built-in v1 rules over the source's two cases and clients that match none. */
class SuggestionRulesTest {

    static final SuggestionRules V1 = DataFiles.builtIn("needs-rules", "v1", SuggestionRules.class).check();
    static final String CASE_1 = "BUSINESS_OWNER_ABOUT_40";
    static final String CASE_2 = "NEWLY_MARRIED_PROFESSIONAL_ABOUT_30";

    /** age, background, stage, capacity band → the rule that matches (null: none). */
    static Stream<Arguments> table() {
        return Stream.of(
                // case 1: about 40 (35–45), business owner, full nest II or III, capacity medium-high or high
                Arguments.of(40, SocialBackground.BUSINESS_OWNER, LifeCycleStage.FULL_NEST_II, Band.MEDIUM_HIGH, CASE_1),
                Arguments.of(35, SocialBackground.BUSINESS_OWNER, LifeCycleStage.FULL_NEST_III, Band.HIGH, CASE_1),
                Arguments.of(45, SocialBackground.BUSINESS_OWNER, LifeCycleStage.FULL_NEST_II, Band.HIGH, CASE_1),
                // case 2: about 30 (25–35), professional, newly married, capacity high
                Arguments.of(30, SocialBackground.PROFESSIONAL, LifeCycleStage.NEWLY_MARRIED, Band.HIGH, CASE_2),
                Arguments.of(25, SocialBackground.PROFESSIONAL, LifeCycleStage.NEWLY_MARRIED, Band.HIGH, CASE_2),
                Arguments.of(35, SocialBackground.PROFESSIONAL, LifeCycleStage.NEWLY_MARRIED, Band.HIGH, CASE_2),
                // one condition off, and the client matches none
                Arguments.of(46, SocialBackground.BUSINESS_OWNER, LifeCycleStage.FULL_NEST_II, Band.HIGH, null),
                Arguments.of(34, SocialBackground.BUSINESS_OWNER, LifeCycleStage.FULL_NEST_II, Band.HIGH, null),
                Arguments.of(40, SocialBackground.PROFESSIONAL, LifeCycleStage.FULL_NEST_II, Band.HIGH, null),
                Arguments.of(40, SocialBackground.BUSINESS_OWNER, LifeCycleStage.FULL_NEST_I, Band.HIGH, null),
                Arguments.of(40, SocialBackground.BUSINESS_OWNER, LifeCycleStage.FULL_NEST_II, Band.MEDIUM, null),
                Arguments.of(30, SocialBackground.PROFESSIONAL, LifeCycleStage.NEWLY_MARRIED, Band.MEDIUM_HIGH, null),
                Arguments.of(24, SocialBackground.PROFESSIONAL, LifeCycleStage.NEWLY_MARRIED, Band.HIGH, null),
                Arguments.of(30, SocialBackground.SALARIED_EXECUTIVE, LifeCycleStage.SINGLE, Band.LOW, null),
                // unknown facts match no condition
                Arguments.of(null, SocialBackground.BUSINESS_OWNER, LifeCycleStage.FULL_NEST_II, Band.HIGH, null),
                Arguments.of(40, null, LifeCycleStage.FULL_NEST_II, Band.HIGH, null),
                Arguments.of(30, SocialBackground.PROFESSIONAL, LifeCycleStage.NEWLY_MARRIED, null, null));
    }

    @ParameterizedTest(name = "{0}, {1}, {2}, capacity {3} → {4}")
    @MethodSource("table")
    void theFirstRuleWhoseConditionsAllHoldWins(Integer age, SocialBackground background, LifeCycleStage stage,
                                                Band capacity, String expected) {
        assertEquals(expected, V1.suggest(new ClientFacts(age, background, stage, capacity)).map(Rule::id)
                .orElse(null));
    }

    @Test
    void theSourcesFirstCaseSuggestsWhatTheSourceSays() {
        Rule r = V1.rules().get(0);
        assertEquals(CASE_1, r.id());
        assertEquals(List.of(Requirement.TIMELY_CONCISE_INFO, Requirement.ACTIONABLE_OPTIONS),
                r.suggest().requirements().get(RequirementLevel.MUST));
        assertEquals(List.of(Requirement.ASSET_SAFETY, Requirement.CAPITAL_PRESERVATION,
                Requirement.MARKET_AVERAGE_RETURN, Requirement.PRIVACY, Requirement.EXCLUSIVITY),
                r.suggest().requirements().get(RequirementLevel.EXPECTED));
        assertEquals(List.of(), r.suggest().requirements().get(RequirementLevel.DELIGHT));
        assertEquals(InformationStyle.PASSIVE, r.suggest().informationStyle());
        assertEquals(DecisionStyle.SELF, r.suggest().decisionStyle());
        assertEquals(Horizon.LONG, r.suggest().horizon());
        assertEquals(Orientation.VALUE, r.suggest().orientation());
        assertTrue(r.why().zh().contains("私人事业") && r.why().en().contains("business owner"), r.why().toString());
    }

    @Test
    void theSourcesSecondCaseSuggestsWhatTheSourceSays() {
        Rule r = V1.rules().get(1);
        assertEquals(CASE_2, r.id());
        assertEquals(List.of(Requirement.FREQUENT_CONTACT, Requirement.FUND_SAFETY, Requirement.FAST_TRADING,
                Requirement.MULTI_CHANNEL), r.suggest().requirements().get(RequirementLevel.MUST));
        assertEquals(List.of(Requirement.ABOVE_MARKET_RETURN, Requirement.PRIVACY, Requirement.EXCLUSIVITY),
                r.suggest().requirements().get(RequirementLevel.EXPECTED));
        assertEquals(InformationStyle.ACTIVE, r.suggest().informationStyle());
        assertEquals(DecisionStyle.WITH_SPOUSE, r.suggest().decisionStyle());
        assertEquals(Horizon.SHORT, r.suggest().horizon());
        assertEquals(null, r.suggest().orientation(), "the source states no orientation for this case");
    }

    @Test
    void aRuleWithACodeInTwoLevelsOrADuplicateIdIsRefusedAtLoading() {
        SuggestionRules.Suggested twice = new SuggestionRules.Suggested(Map.of(RequirementLevel.MUST,
                List.of(Requirement.PRIVACY), RequirementLevel.EXPECTED, List.of(Requirement.PRIVACY)), null, null,
                null, null);
        SuggestionRules.When any = new SuggestionRules.When(null, null, null, null, null);
        Labels why = new Labels("因为", "because");
        assertThrows(IllegalStateException.class,
                () -> new SuggestionRules("x", List.of(new Rule("A", why, any, twice))).check());
        SuggestionRules.Suggested once = new SuggestionRules.Suggested(Map.of(), null, null, null, null);
        assertThrows(IllegalStateException.class, () -> new SuggestionRules("x",
                List.of(new Rule("A", why, any, once), new Rule("A", why, any, once))).check());
        assertThrows(IllegalStateException.class, () -> new SuggestionRules("x", List.of(new Rule("A", why,
                new SuggestionRules.When(45, 35, null, null, null), once))).check());
    }
}
