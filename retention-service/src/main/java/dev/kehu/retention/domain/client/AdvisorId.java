package dev.kehu.retention.domain.client;

/**
 * What an advisor id may be (docs/domain.md#advisor-book): the advisor's token subject. A manager's
 * assignment and the back office's are held to the same rule, so a book never holds an id no token has.
 */
public final class AdvisorId {

    public static final String PATTERN = "[A-Za-z0-9._@:-]{1,100}";
    /** Why an id is refused, as a field's error reads. */
    public static final String RULE = "must be 1-100 letters, digits or . _ @ : -";

    private AdvisorId() {
    }

    public static boolean isValid(String advisorId) {
        return advisorId != null && advisorId.matches(PATTERN);
    }
}
