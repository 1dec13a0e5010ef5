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
     * Whether retrying later may succeed: lost connections, serialization failures, an
     * unavailable server. Bad data and constraint violations are not.
     */
    public static boolean isTransient(Throwable t) {
        for (Throwable cause = t; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                String state = sql.getSQLState();
                return state == null || !(state.startsWith("22") || state.startsWith("23") || state.startsWith("42"));
            }
            if (cause instanceof dev.kehu.eventstore.ConcurrencyConflictException) {
                return true;
            }
        }
        return false;
    }
}
