package dev.kehu.eventstore;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import dev.kehu.testsupport.KehuInfra;

/** A fresh database on the run's real PostgreSQL with the library's migrations applied. */
final class TestDatabase {

    private static final AtomicInteger COUNTER = new AtomicInteger();
    /** The library's migrations, in order. */
    static final String[] MIGRATIONS = {"V1__kehu_event_store.sql", "V1_1__kehu_event_store_lean_log.sql",
            "V1_3__kehu_outbox_parked_and_inbox_pruning.sql", "V1_5__kehu_consumed_offsets.sql"};

    private TestDatabase() {
    }

    static DataSource create(String prefix) {
        String name = prefix + "_" + COUNTER.incrementAndGet() + "_" + ProcessHandle.current().pid();
        KehuInfra infra = KehuInfra.get();
        infra.postgres().createDatabase(name);
        DataSource ds = infra.postgres().dataSource(name);
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            for (String migration : MIGRATIONS) {
                try (InputStream sql = TestDatabase.class.getResourceAsStream("/db/migration/" + migration)) {
                    s.execute(new String(sql.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException(e);
        }
        return ds;
    }

    /** Runs the work in one committed transaction. */
    static <T> T inTransaction(DataSource ds, SqlFunction<T> work) throws SQLException {
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.apply(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    @FunctionalInterface
    interface SqlFunction<T> {
        T apply(Connection c) throws SQLException;
    }
}
