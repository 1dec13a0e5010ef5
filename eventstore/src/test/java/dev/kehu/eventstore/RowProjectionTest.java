package dev.kehu.eventstore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.kehu.eventstore.TestEvents.Deposited;
import dev.kehu.eventstore.TestEvents.Withdrawn;

/** A one-row-per-event read model: applying the same events again, or rebuilding, gives the same rows. */
class RowProjectionTest {

    /** The deposits of every account, one row each. */
    static final class Deposits extends RowProjection<Deposited> {
        Deposits() {
            super("deposits", Deposited.class, "test_deposit",
                    "insert into test_deposit (event_id, account, amount, version) values (?, ?, ?, ?) "
                            + "on conflict do nothing",
                    (ps, stored, e) -> {
                        ps.setObject(1, stored.eventId());
                        ps.setString(2, e.account());
                        ps.setBigDecimal(3, e.amount());
                        ps.setLong(4, stored.version());
                    });
        }
    }

    private static final EventMetadata META = EventMetadata.system("test");
    private static final Deposits DEPOSITS = new Deposits();

    private static DataSource ds;
    private static EventStore store;
    private static Projections projections;

    @BeforeAll
    static void setUp() throws Exception {
        ds = TestDatabase.create("es_rows");
        TestDatabase.inTransaction(ds, c -> {
            try (Statement s = c.createStatement()) {
                s.execute("create table test_deposit (event_id uuid primary key, account text not null, "
                        + "amount numeric not null, version bigint not null)");
            }
            return null;
        });
        projections = new Projections(List.of(DEPOSITS));
        store = new EventStore(TestEvents.codec(), projections);
    }

    private static List<String> rows(Connection c) throws Exception {
        List<String> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "select event_id, account, amount, version from test_deposit order by account, version");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rows.add(rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getBigDecimal(3) + "|" + rs.getLong(4));
            }
        }
        return rows;
    }

    @Test
    void appliedInlineOnceAndThenAgainAndRebuiltTheRowsAreTheSame() throws Exception {
        TestDatabase.inTransaction(ds, c -> store.append(c, "acct-r1", ExpectedVersion.NO_STREAM, List.of(
                new Deposited("acct-r1", BigDecimal.TEN), new Withdrawn("acct-r1", BigDecimal.ONE),
                new Deposited("acct-r1", new BigDecimal("2.50"))), META));
        TestDatabase.inTransaction(ds, c -> store.append(c, "acct-r2", ExpectedVersion.NO_STREAM, List.of(
                new Deposited("acct-r2", BigDecimal.ONE)), META));

        List<String> inline = TestDatabase.inTransaction(ds, c -> {
            try {
                return rows(c);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertEquals(3, inline.size(), "one row per deposit, none for the withdrawal");

        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            List<StoredEvent> all = store.readAll(c, 0, 100).stream()
                    .filter(e -> DEPOSITS.handles(e.type())).toList();
            DEPOSITS.apply(c, all);
            DEPOSITS.apply(c, all);
            assertEquals(inline, rows(c), "applied twice more: still one row per event");

            projections.rebuild(c, store, DEPOSITS);
            assertEquals(inline, rows(c), "rebuilt from the log: the same rows");
            c.commit();
        }
    }

    @Test
    void itHandlesItsEventTypeOnlyAndOwnsItsTable() {
        assertTrue(DEPOSITS.handles("test.account.deposited.v1"));
        assertFalse(DEPOSITS.handles("test.account.withdrawn.v1"));
        assertEquals(List.of("test_deposit"), DEPOSITS.tables());
        assertEquals("deposits", DEPOSITS.name());
    }
}
