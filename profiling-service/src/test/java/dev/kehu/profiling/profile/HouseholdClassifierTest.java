package dev.kehu.profiling.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.kehu.profiling.config.DataFiles;
import dev.kehu.profiling.domain.profile.Facets;
import dev.kehu.profiling.domain.profile.Household;
import dev.kehu.profiling.domain.profile.HouseholdClassifier;
import dev.kehu.profiling.domain.profile.InvestorAttitude;
import dev.kehu.profiling.domain.profile.LifeCycleStage;
import dev.kehu.profiling.domain.profile.LifePhase;
import dev.kehu.profiling.domain.profile.MaritalStatus;
import dev.kehu.profiling.domain.profile.Personality;
import dev.kehu.profiling.domain.profile.SocialBackground;

class HouseholdClassifierTest {

    static final Facets FACETS = DataFiles.builtIn("facets", "v1", Facets.class).check();

    @ParameterizedTest(name = "{0}, age {1}, youngest {2}, independent {3}, retired {4} → {5}")
    @CsvSource({
            "SINGLE, 28, , false, false, SINGLE",
            "SINGLE, 70, , false, true, SINGLE",
            "MARRIED, 30, , false, false, NEWLY_MARRIED",
            "MARRIED, 49, , false, false, NEWLY_MARRIED",
            "MARRIED, 50, , false, false, EMPTY_NEST_I",
            "MARRIED, 32, 0, false, false, FULL_NEST_I",
            "MARRIED, 35, 5, false, false, FULL_NEST_I",
            "MARRIED, 38, 6, false, false, FULL_NEST_II",
            "MARRIED, 49, 15, false, false, FULL_NEST_II",
            "MARRIED, 50, 15, false, false, FULL_NEST_III",
            "MARRIED, 55, 3, false, false, FULL_NEST_III",
            "MARRIED, 55, 25, true, false, EMPTY_NEST_I",
            "MARRIED, 66, 35, true, true, EMPTY_NEST_II",
            "MARRIED, 66, , false, true, EMPTY_NEST_II",
            "WIDOWED, 60, 30, true, false, SOLITARY_WORKING",
            "WIDOWED, 72, 40, true, true, SOLITARY_RETIRED"})
    void lifeCycleStageFollowsTheHousehold(MaritalStatus status, int age, Integer youngest, boolean independent,
                                           boolean retired, LifeCycleStage stage) {
        assertEquals(stage, HouseholdClassifier.stage(new Household(status, age, youngest, independent, retired),
                FACETS.lifeCycleRules()));
    }

    @ParameterizedTest(name = "age {0} → {1}")
    @CsvSource({"18, GROWTH", "25, GROWTH", "26, YOUTH", "35, YOUTH", "36, ESTABLISHMENT", "45, ESTABLISHMENT",
            "46, MATURITY", "55, MATURITY", "56, STABILITY", "65, STABILITY", "66, RETIREMENT", "120, RETIREMENT"})
    void lifePhaseFollowsAge(int age, LifePhase phase) {
        assertEquals(phase, HouseholdClassifier.phase(age, FACETS));
    }

    @Test
    void everyCodeHasItsSourceTexts() {
        assertEquals("满巢期（I）", FACETS.stage(LifeCycleStage.FULL_NEST_I).labels().zh());
        assertEquals("Retirement fund", FACETS.phase(LifePhase.STABILITY).financialFocus().en());
        assertEquals(5, FACETS.personality(Personality.POWERFUL).guidance().get("en").size());
        assertEquals("打工皇帝", FACETS.background(SocialBackground.SALARIED_EXECUTIVE).labels().zh());
        assertEquals("稳健型", FACETS.attitude(InvestorAttitude.STEADY).labels().zh());
    }
}
