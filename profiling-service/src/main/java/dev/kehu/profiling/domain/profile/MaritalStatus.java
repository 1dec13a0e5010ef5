package dev.kehu.profiling.domain.profile;

/** A household fact; widowed households are the solitary stages of the life cycle. */
public enum MaritalStatus {
    SINGLE, MARRIED, WIDOWED
}
