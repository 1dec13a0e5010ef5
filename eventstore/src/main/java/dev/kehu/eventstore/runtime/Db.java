package dev.kehu.eventstore.runtime;

import java.sql.Connection;
import java.sql.SQLException;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The service's database. Inside a JTA transaction the pool hands out the same enlisted connection
 * to every caller, so events, read models, outbox and inbox commit or roll back together.
 */
@ApplicationScoped
public class Db {

    private final AgroalDataSource dataSource;

    public Db(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Runs on the current transaction's connection (or an auto-commit one outside a transaction). */
    public <T> T call(SqlWork<T> work) {
        try (Connection c = dataSource.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new DataAccessException(e);
        }
    }

    /** Runs in a transaction of its own, committed on return. */
    public <T> T inNewTransaction(SqlWork<T> work) {
        return QuarkusTransaction.requiringNew().call(() -> call(work));
    }

    /** Runs in a transaction of its own that may last up to {@code timeout} (a rebuild, not a request). */
    public <T> T inNewTransaction(java.time.Duration timeout, SqlWork<T> work) {
        return QuarkusTransaction.requiringNew().timeout((int) Math.max(1, timeout.toSeconds())).call(() -> call(work));
    }

    public AgroalDataSource dataSource() {
        return dataSource;
    }
}
