package dev.kehu.profiling.domain.profile;

/** Derives the family life-cycle stage and the life phase from household facts (docs/domain.md#facets). Pure. */
public final class HouseholdClassifier {

    private HouseholdClassifier() {
    }

    public static LifeCycleStage stage(Household h, Facets.LifeCycleRules rules) {
        if (h.maritalStatus() == MaritalStatus.SINGLE) {
            return LifeCycleStage.SINGLE;
        }
        if (h.maritalStatus() == MaritalStatus.WIDOWED) {
            return h.retired() ? LifeCycleStage.SOLITARY_RETIRED : LifeCycleStage.SOLITARY_WORKING;
        }
        if (h.hasDependentChildren()) {
            if (h.age() >= rules.olderCoupleFromAge()) {
                return LifeCycleStage.FULL_NEST_III;
            }
            return h.youngestChildAge() < rules.youngChildUnderAge() ? LifeCycleStage.FULL_NEST_I
                    : LifeCycleStage.FULL_NEST_II;
        }
        if (h.retired()) {
            return LifeCycleStage.EMPTY_NEST_II;
        }
        // a working couple without children at home: newly married while young, empty nest later
        boolean hadChildren = h.youngestChildAge() != null;
        return hadChildren || h.age() >= rules.olderCoupleFromAge() ? LifeCycleStage.EMPTY_NEST_I
                : LifeCycleStage.NEWLY_MARRIED;
    }

    public static LifePhase phase(int age, Facets facets) {
        for (Facets.Phase p : facets.lifePhases()) {
            if (p.maxAge() == null || age <= p.maxAge()) {
                return p.code();
            }
        }
        throw new IllegalStateException("no life phase for age " + age);
    }
}
