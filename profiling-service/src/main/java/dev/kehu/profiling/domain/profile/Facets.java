package dev.kehu.profiling.domain.profile;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.kehu.profiling.domain.questionnaire.Labels;

/**
 * The profile facets' texts from the source (traits, financial focus, guidance) and the
 * life-cycle thresholds, as versioned data ({@code questionnaires/facets-<v>.json}).
 */
public record Facets(String version, LifeCycleRules lifeCycleRules, List<Stage> lifeCycleStages,
                     List<Phase> lifePhases, List<Described<SocialBackground>> socialBackgrounds,
                     List<Guided> personalities, List<Described<InvestorAttitude>> investorAttitudes) {

    /**
     * @param minAge             the youngest age a household may be recorded with
     * @param maxAge             the oldest age a household may be recorded with
     * @param youngChildUnderAge a youngest child under this age makes a FULL_NEST_I household
     * @param olderCoupleFromAge from this age a couple with dependent children is FULL_NEST_III,
     *                           and a childless working couple is no longer NEWLY_MARRIED
     */
    public record LifeCycleRules(int minAge, int maxAge, int youngChildUnderAge, int olderCoupleFromAge) {
    }

    public record Stage(LifeCycleStage code, Labels labels, Labels traits) {
    }

    /** A phase runs up to and including {@code maxAge}; the last has none. */
    public record Phase(LifePhase code, Integer maxAge, Labels labels, Labels traits, Labels financialFocus) {
    }

    public record Described<C extends Enum<C>>(C code, Labels labels, Labels description) {
    }

    public record Guided(Personality code, Labels labels, Map<String, List<String>> guidance) {
    }

    public Stage stage(LifeCycleStage code) {
        return lifeCycleStages.stream().filter(s -> s.code() == code).findFirst().orElseThrow();
    }

    public Phase phase(LifePhase code) {
        return lifePhases.stream().filter(p -> p.code() == code).findFirst().orElseThrow();
    }

    public Described<SocialBackground> background(SocialBackground code) {
        return socialBackgrounds.stream().filter(s -> s.code() == code).findFirst().orElseThrow();
    }

    public Guided personality(Personality code) {
        return personalities.stream().filter(p -> p.code() == code).findFirst().orElseThrow();
    }

    public Described<InvestorAttitude> attitude(InvestorAttitude code) {
        return investorAttitudes.stream().filter(a -> a.code() == code).findFirst().orElseThrow();
    }

    /** Fails unless every code has its texts and the phases end with an open one. */
    public Facets check() {
        require(lifeCycleStages.stream().map(Stage::code).toList(), EnumSet.allOf(LifeCycleStage.class),
                "life-cycle stages");
        require(lifePhases.stream().map(Phase::code).toList(), EnumSet.allOf(LifePhase.class), "life phases");
        require(socialBackgrounds.stream().map(Described::code).toList(), EnumSet.allOf(SocialBackground.class),
                "social backgrounds");
        require(personalities.stream().map(Guided::code).toList(), EnumSet.allOf(Personality.class), "personalities");
        require(investorAttitudes.stream().map(Described::code).toList(), EnumSet.allOf(InvestorAttitude.class),
                "investor attitudes");
        if (lifePhases.get(lifePhases.size() - 1).maxAge() != null) {
            throw new IllegalStateException("facets " + version + ": the last life phase must have no maxAge");
        }
        return this;
    }

    private void require(List<?> present, Set<?> all, String what) {
        if (!Set.copyOf(present).equals(all) || present.size() != all.size()) {
            throw new IllegalStateException("facets " + version + ": " + what + " must list each code once");
        }
    }
}
