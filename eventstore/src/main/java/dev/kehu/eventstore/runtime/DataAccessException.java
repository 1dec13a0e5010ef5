package dev.kehu.eventstore.runtime;

import java.sql.SQLException;

/** A database failure, unchecked so it can cross lambdas and roll back the transaction. */
public class DataAccessException extends RuntimeException {

    public DataAccessException(SQLException cause) {
        super(cause.getMessage(), cause);
    }

    public SQLException sqlException() {
        return (SQLException) getCause();
    }

    /**
     * The first SQL failure in {@code t}'s causes: one of {@link Db}'s, or one Hibernate, JPA or the pool
     * wrapped (a Panache read during an outage fails as a {@code JDBCConnectionException} around it).
     */
    public static java.util.Optional<SQLException> sqlCause(Throwable t) {
        for (Throwable cause = t; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                return java.util.Optional.of(sql);
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * Whether retrying later may succeed: a lost or refused connection (08, or no state at all, as
     * when the pool cannot get one), a serialization failure or deadlock (40), exhausted resources
     * (53), a server shutting down (57) or a system error (58). Anything else — bad data, a
     * violated constraint, a wrong statement — fails again however long one waits.
     */
    public static boolean isTransient(Throwable t) {
        for (Throwable cause = t; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                String state = sql.getSQLState();
                return state == null || state.startsWith("08") || state.startsWith("40") || state.startsWith("53")
                        || state.startsWith("57") || state.startsWith("58");
            }
            if (cause instanceof dev.kehu.eventstore.ConcurrencyConflictException) {
                return true;
            }
        }
        return false;
    }

    /** A deadlock victim (40P01) or a serialization failure (40001): the transaction rolled back whole. */
    public static boolean isDeadlockOrSerialization(Throwable t) {
        for (Throwable cause = t; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                return "40P01".equals(sql.getSQLState()) || "40001".equals(sql.getSQLState());
            }
        }
        return false;
    }
}
