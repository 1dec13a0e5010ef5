package dev.kehu.profiling.profile;

/** Bodies of the facet PUTs; codes arrive as text so an unknown one is a 400 naming the field. */
public final class FacetRequests {

    private FacetRequests() {
    }

    /** {@code PUT …/household}. */
    public record HouseholdRequest(String maritalStatus, Integer age, Integer youngestChildAge,
                                   Boolean childrenIndependent, Boolean retired) {
    }

    /** {@code PUT …/social-background}. */
    public record SocialBackgroundRequest(String background) {
    }

    /** {@code PUT …/personality}. */
    public record PersonalityRequest(String personality) {
    }

    /** {@code PUT …/investor-attitude}. */
    public record InvestorAttitudeRequest(String group) {
    }
}
