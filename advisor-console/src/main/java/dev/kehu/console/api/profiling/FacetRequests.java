package dev.kehu.console.api.profiling;

/** The bodies of profiling-service's facet PUTs (docs/contract.md, profiling-service facets). */
public final class FacetRequests {

    private FacetRequests() {
    }

    /** The body of one facet's PUT. */
    public sealed interface Facet permits Household, SocialBackground, Personality, InvestorAttitude {
    }

    /** The household facts the life-cycle stage and the life phase are derived from. */
    public record Household(String maritalStatus, Integer age, Integer youngestChildAge, Boolean childrenIndependent,
            Boolean retired) implements Facet {
    }

    public record SocialBackground(String background) implements Facet {
    }

    public record Personality(String personality) implements Facet {
    }

    public record InvestorAttitude(String group) implements Facet {
    }
}
