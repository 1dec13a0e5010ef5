package dev.kehu.console.api.profiling;

/** The bodies of profiling-service's facet PUTs (docs/contract.md, profiling-service facets). */
public final class FacetRequests {

    private FacetRequests() {
    }

    /** The household facts the life-cycle stage and the life phase are derived from. */
    public record Household(String maritalStatus, Integer age, Integer youngestChildAge, Boolean childrenIndependent,
            Boolean retired) {
    }

    public record SocialBackground(String background) {
    }

    public record Personality(String personality) {
    }

    public record InvestorAttitude(String group) {
    }
}
