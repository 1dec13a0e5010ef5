package dev.kehu.eventstore.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;

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
}
