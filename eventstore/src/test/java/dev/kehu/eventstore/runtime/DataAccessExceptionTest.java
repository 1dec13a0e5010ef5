package dev.kehu.eventstore.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DataAccessExceptionTest {

    @ParameterizedTest(name = "SQLSTATE {0} transient: {1}")
    @CsvSource({
            "08006, true",   // connection failure
            "08001, true",   // cannot connect
            "40001, true",   // serialization failure
            "40P01, true",   // deadlock
            "53300, true",   // too many connections
            "57P01, true",   // admin shutdown
            "58030, true",   // io error
            "22003, false",  // numeric value out of range
            "23505, false",  // unique violation
            "42P01, false",  // undefined table
            "21000, false",  // cardinality violation
            "XX000, false"}) // internal error
    void onlyFailuresThatMayPassAreRetried(String state, boolean expected) {
        DataAccessException e = new DataAccessException(new SQLException("x", state));
        assertEquals(expected, DataAccessException.isTransient(new RuntimeException(e)));
    }

    @ParameterizedTest(name = "no SQLSTATE: transient")
    @CsvSource({"Sorry, acquisition timeout!"})
    void aPoolThatCannotHandOutAConnectionIsTransient(String message) {
        assertEquals(true, DataAccessException.isTransient(new DataAccessException(new SQLException(message))));
    }

    /** As Hibernate and JPA wrap a failed Panache read: the SQL failure inside decides, however deep. */
    @ParameterizedTest(name = "wrapped SQLSTATE {0} transient: {1}")
    @CsvSource({"08001, true", "08006, true", "57P01, true", "53300, true", "23505, false", "42P01, false"})
    void aSqlFailureWrappedByAnOrmIsFoundAndJudgedTheSame(String state, boolean expected) {
        SQLException sql = new SQLException("x", state);
        RuntimeException wrapped = new IllegalStateException("persistence",
                new RuntimeException("Unable to acquire JDBC Connection", sql));
        assertEquals(sql, DataAccessException.sqlCause(wrapped).orElseThrow());
        assertEquals(expected, DataAccessException.isTransient(wrapped));
        assertEquals(false, DataAccessException.sqlCause(new IllegalStateException("no database")).isPresent());
    }

    @ParameterizedTest(name = "SQLSTATE {0}: a rebuild starts again: {1}")
    @CsvSource({"40P01, true", "40001, true", "08006, false", "57014, false", "23505, false"})
    void onlyADeadlockOrSerializationFailureStartsARebuildAgain(String state, boolean expected) {
        DataAccessException e = new DataAccessException(new SQLException("x", state));
        assertEquals(expected, DataAccessException.isDeadlockOrSerialization(new RuntimeException(e)));
    }

    @Test
    void aRebuildThatLostADeadlockRunsAgainAndOneThatKeepsLosingReportsIt() {
        int[] calls = {0};
        assertEquals("rebuilt", ProjectionsResource.retryingDeadlocks(() -> {
            if (++calls[0] < 2) {
                throw new DataAccessException(new SQLException("deadlock detected", "40P01"));
            }
            return "rebuilt";
        }));
        assertEquals(2, calls[0]);
        calls[0] = 0;
        assertThrows(DataAccessException.class, () ->
                ProjectionsResource.retryingDeadlocks(() -> {
                    calls[0]++;
                    throw new DataAccessException(new SQLException("deadlock detected", "40P01"));
                }));
        assertEquals(ProjectionsResource.REBUILD_ATTEMPTS, calls[0]);
        calls[0] = 0;
        assertThrows(DataAccessException.class, () ->
                ProjectionsResource.retryingDeadlocks(() -> {
                    calls[0]++;
                    throw new DataAccessException(new SQLException("bad data", "22003"));
                }));
        assertEquals(1, calls[0], "anything but a deadlock fails at once");
    }
}
