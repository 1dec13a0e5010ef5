package dev.kehu.profiling.profile;

import java.util.ArrayList;
import java.util.List;

import dev.kehu.eventstore.problem.FieldError;
import dev.kehu.eventstore.problem.ProblemException;
import dev.kehu.profiling.config.Codes;
import dev.kehu.profiling.profile.FacetRequests.HouseholdRequest;
import dev.kehu.profiling.domain.profile.Facets;
import dev.kehu.profiling.domain.profile.Household;
import dev.kehu.profiling.domain.profile.MaritalStatus;

/** Turns facet request bodies into domain values, naming every bad field. */
final class FacetValidation {

    private FacetValidation() {
    }

    static Household household(HouseholdRequest r, Facets.LifeCycleRules rules) {
        if (r == null) {
            throw ProblemException.badRequest("body", "required");
        }
        List<FieldError> errors = new ArrayList<>();
        MaritalStatus status = code(MaritalStatus.class, "maritalStatus", r.maritalStatus(), errors);
        if (r.age() == null || r.age() < rules.minAge() || r.age() > rules.maxAge()) {
            errors.add(new FieldError("age", "required: a whole number from " + rules.minAge() + " to "
                    + rules.maxAge()));
        }
        Integer child = r.youngestChildAge();
        if (child != null && (child < 0 || r.age() != null && child >= r.age())) {
            errors.add(new FieldError("youngestChildAge", "must be from 0 to below the client's age, or null"));
        }
        boolean independent = Boolean.TRUE.equals(r.childrenIndependent());
        if (independent && child == null) {
            errors.add(new FieldError("childrenIndependent",
                    "needs youngestChildAge: only children can be independent"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest(errors);
        }
        return new Household(status, r.age(), child, independent, Boolean.TRUE.equals(r.retired()));
    }

    static <E extends Enum<E>> E required(Class<E> type, String field, String raw) {
        List<FieldError> errors = new ArrayList<>();
        E value = code(type, field, raw, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest(errors);
        }
        return value;
    }

    private static <E extends Enum<E>> E code(Class<E> type, String field, String raw, List<FieldError> errors) {
        return Codes.code(type, field, raw, errors);
    }
}
