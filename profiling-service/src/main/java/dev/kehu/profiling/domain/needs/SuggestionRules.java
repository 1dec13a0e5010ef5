package dev.kehu.profiling.domain.needs;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.kehu.profiling.domain.product.Horizon;
import dev.kehu.profiling.domain.profile.LifeCycleStage;
import dev.kehu.profiling.domain.profile.SocialBackground;
import dev.kehu.profiling.domain.questionnaire.Band;
import dev.kehu.profiling.domain.questionnaire.Labels;

/**
 * The rules that suggest a client's needs from its facets and latest assessment, as versioned data
 * ({@code questionnaires/needs-rules-<v>.json}, docs/domain.md#suggested-needs). The first rule whose
 * conditions all hold wins; a condition left out (null or empty) holds for every client.
 */
public record SuggestionRules(String version, List<Rule> rules) {

    /** One rule: when it applies, why (shown to the advisor), and what it suggests. */
    public record Rule(String id, Labels why, When when, Suggested suggest) {
    }

    /**
     * The conditions of a rule; each one given must hold. Ages are whole years, both ends included.
     *
     * @param capacityBands the latest assessment's risk-capacity band
     */
    public record When(Integer minAge, Integer maxAge, List<SocialBackground> socialBackgrounds,
                       List<LifeCycleStage> lifeCycleStages, List<Band> capacityBands) {
        public When {
            socialBackgrounds = socialBackgrounds == null ? List.of() : List.copyOf(socialBackgrounds);
            lifeCycleStages = lifeCycleStages == null ? List.of() : List.copyOf(lifeCycleStages);
            capacityBands = capacityBands == null ? List.of() : List.copyOf(capacityBands);
        }

        boolean holdsFor(ClientFacts f) {
            return (minAge == null || f.age() != null && f.age() >= minAge)
                    && (maxAge == null || f.age() != null && f.age() <= maxAge)
                    && among(socialBackgrounds, f.socialBackground())
                    && among(lifeCycleStages, f.lifeCycleStage())
                    && among(capacityBands, f.capacityBand());
        }

        /** No condition, or a known value among those listed (an unknown one is among none). */
        private static <T> boolean among(List<T> listed, T value) {
            return listed.isEmpty() || value != null && listed.contains(value);
        }
    }

    /** What a rule suggests; a value the source case does not state is null. */
    public record Suggested(Map<RequirementLevel, List<Requirement>> requirements, InformationStyle informationStyle,
                            DecisionStyle decisionStyle, Horizon horizon, Orientation orientation) {
        public Suggested {
            requirements = ServiceNeeds.levels(requirements);
        }
    }

    /** What the rules look at; any of it may be unknown (null), and then no condition on it holds. */
    public record ClientFacts(Integer age, SocialBackground socialBackground, LifeCycleStage lifeCycleStage,
                              Band capacityBand) {
    }

    /** The first rule that holds for the client, or empty. */
    public Optional<Rule> suggest(ClientFacts facts) {
        return rules.stream().filter(r -> r.when().holdsFor(facts)).findFirst();
    }

    /** Fails unless the ids are unique, every rule says why, ages are ordered and no code sits in two levels. */
    public SuggestionRules check() {
        if (version == null || rules == null || rules.isEmpty()) {
            throw new IllegalStateException("needs rules need a version and at least one rule");
        }
        Set<String> ids = new HashSet<>();
        for (Rule r : rules) {
            String at = "needs rules " + version + ", rule " + r.id() + ": ";
            if (r.id() == null || !r.id().matches("[A-Z0-9_]{1,64}") || !ids.add(r.id())) {
                throw new IllegalStateException(at + "the id must be unique, [A-Z0-9_]{1,64}");
            }
            if (r.why() == null || blank(r.why().zh()) || blank(r.why().en()) || r.when() == null
                    || r.suggest() == null) {
                throw new IllegalStateException(at + "needs why {zh, en}, when and suggest");
            }
            When w = r.when();
            if (w.minAge() != null && w.maxAge() != null && w.minAge() > w.maxAge()) {
                throw new IllegalStateException(at + "minAge is above maxAge");
            }
            Set<Requirement> seen = EnumSet.noneOf(Requirement.class);
            r.suggest().requirements().values().forEach(codes -> codes.forEach(c -> {
                if (!seen.add(c)) {
                    throw new IllegalStateException(at + c + " is in two levels (or twice in one)");
                }
            }));
        }
        return this;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
