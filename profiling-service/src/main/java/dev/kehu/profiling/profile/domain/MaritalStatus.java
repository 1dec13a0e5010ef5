package dev.kehu.profiling.profile.domain;

/** A household fact; widowed households are the solitary stages of the life cycle. */
public enum MaritalStatus {
    SINGLE, MARRIED, WIDOWED
}
