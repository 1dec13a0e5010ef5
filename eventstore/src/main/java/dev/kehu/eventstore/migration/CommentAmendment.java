package dev.kehu.eventstore.migration;

/**
 * An applied migration whose text a release changed in comments only: a database that ran it
 * records {@code oldChecksum}, the migration as shipped now has {@code newChecksum} (both as Flyway
 * computes them, see docs/operations.md#upgrading-the-schema).
 *
 * @param version the migration's version as the schema history records it ({@code 4}, {@code 1_1}
 *                is recorded {@code 1.1})
 * @param script  the script's file name, for the log
 */
public record CommentAmendment(String version, int oldChecksum, int newChecksum, String script) {
}
