package dev.kehu.eventstore.runtime;

import java.sql.Connection;
import java.sql.SQLException;

/** Work on a JDBC connection that belongs to the current transaction. */
@FunctionalInterface
public interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
}
