package dev.kehu.profiling.domain.profile;

/**
 * The household facts an advisor records.
 *
 * @param age                 the client's age in whole years
 * @param youngestChildAge    the youngest child's age, null without children
 * @param childrenIndependent whether every child has grown up and lives independently
 * @param retired             whether the client has retired
 */
public record Household(MaritalStatus maritalStatus, int age, Integer youngestChildAge, boolean childrenIndependent,
                        boolean retired) {

    public boolean hasDependentChildren() {
        return youngestChildAge != null && !childrenIndependent;
    }
}
